/**
 * The national working-day calendar ({@link org.relief.core.calendar.HolidayCalendar}): the State
 * Council's yearly holiday arrangements as data with their 文号, for working-day deadlines (NA-11) and
 * payment dates (AH-07).
 */
package org.relief.core.calendar;
