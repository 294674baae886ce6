/**
 * The one Jackson mapping of the shapes of docs/case-format.md: {@link org.relief.testkit.json.RequestReader}
 * (case request part and HTTP body → {@code DeterminationRequest}, strictly),
 * {@link org.relief.testkit.json.DeterminationWriter} (determination → binding JSON, refusal →
 * RFC 9457 problem JSON), {@link org.relief.testkit.json.JsonAnswer} and
 * {@link org.relief.testkit.json.ReliefJson}. Needs only Jackson and relief-core, so the server
 * reuses it without JUnit.
 *
 * <p>relief-cases/1 与 HTTP 接口的唯一 JSON 映射（服务端可复用，不依赖 JUnit）。
 */
package org.relief.testkit.json;
