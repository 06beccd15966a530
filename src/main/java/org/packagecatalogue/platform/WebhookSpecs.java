package org.packagecatalogue.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.webhooks.WebhookField;
import org.packagecatalogue.catalogue.webhooks.Webhooks;

/** Reads a webhook endpoint's fields off a body, each under the dialect's name for it; every wrongly typed field at once. */
public final class WebhookSpecs {

    private WebhookSpecs() {
    }

    public static Webhooks.Spec read(ObjectNode body, Function<WebhookField, String> names) {
        List<Violation> problems = new ArrayList<>();
        String url = text(body, names.apply(WebhookField.URL), false, problems);
        String description = text(body, names.apply(WebhookField.DESCRIPTION), true, problems);
        List<String> eventTypes = null;
        JsonNode types = body.get(names.apply(WebhookField.EVENT_TYPES));
        if (types != null) {
            if (!types.isArray()) {
                problems.add(new Violation(names.apply(WebhookField.EVENT_TYPES), Violation.INVALID_TYPE, "must be a list of event types"));
            } else {
                eventTypes = new ArrayList<>();
                for (JsonNode t : types) {
                    if (!t.isTextual()) {
                        problems.add(new Violation(names.apply(WebhookField.EVENT_TYPES), Violation.INVALID_TYPE, "must hold only strings"));
                        break;
                    }
                    eventTypes.add(t.textValue());
                }
            }
        }
        Boolean include = null;
        JsonNode flag = body.get(names.apply(WebhookField.INCLUDE_DISTRIBUTORS));
        if (flag != null) {
            if (!flag.isBoolean()) {
                problems.add(new Violation(names.apply(WebhookField.INCLUDE_DISTRIBUTORS), Violation.INVALID_TYPE, "must be true or false"));
            } else {
                include = flag.booleanValue();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Webhooks.Spec(url, eventTypes, description, include);
    }

    private static String text(ObjectNode body, String name, boolean nullable, List<Violation> problems) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull() && nullable) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new Violation(name, Violation.INVALID_TYPE, "must be a string"));
            return null;
        }
        return value.textValue();
    }
}
