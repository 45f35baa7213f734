package vn.dangbo.portal.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer to a creation: 201 with the new resource's location and its id.
 *
 * @param id the id of what was created
 */
public record Created(long id) {

    public static Response at(UriInfo uri, long id) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(new Created(id))
                .build();
    }

    /** 201 for a record created under another resource (an event, a rating). */
    public static Response of(long id) {
        return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
    }
}
