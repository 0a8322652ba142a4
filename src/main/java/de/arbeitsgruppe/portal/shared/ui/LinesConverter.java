package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Arrays;
import java.util.List;

/** A text area with one entry per line, stored as a list. */
public class LinesConverter implements Converter<String, List<String>> {

    @Override
    public Result<List<String>> convertToModel(String value, ValueContext context) {
        return Result.ok(value == null ? List.of()
                : Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    @Override
    public String convertToPresentation(List<String> value, ValueContext context) {
        return value == null ? "" : String.join("\n", value);
    }
}
