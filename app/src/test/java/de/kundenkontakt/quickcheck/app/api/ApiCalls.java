package de.kundenkontakt.quickcheck.app.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls the API through MockMvc as a client would: JSON bodies, a language asked for, UTF-8 answers. */
public final class ApiCalls {

    private ApiCalls() {}

    /** The answer to the request, read as UTF-8 (the API's charset) whatever its Content-Type says. */
    public static MockHttpServletResponse send(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    /** The request asking for this language ({@code Accept-Language}); unchanged for null. */
    public static MockHttpServletRequestBuilder inLanguage(MockHttpServletRequestBuilder request, String language) {
        return language == null ? request : request.header("Accept-Language", language);
    }

    /** A POST of this JSON body. */
    public static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
