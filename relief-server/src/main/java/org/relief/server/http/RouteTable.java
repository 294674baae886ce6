package org.relief.server.http;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every route of the API, in one table: what {@link WebApp} registers, what the OpenAPI document
 * describes and what the role × endpoint test walks (a route without an entry there fails it).
 */
public final class RouteTable {
    private final List<Route> routes;

    /** The table; a method and path registered twice is an error. */
    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        long distinct = routes.stream().map(Route::key).distinct().count();
        if (distinct != routes.size()) {
            throw new IllegalArgumentException("a route is registered twice");
        }
    }

    /** The routes, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    /** The methods of the routes whose template matches {@code requestPath}, for {@code Allow}. */
    public String allowed(String requestPath) {
        return routes.stream().filter(r -> r.matches(requestPath)).map(r -> r.method().name())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }
}
