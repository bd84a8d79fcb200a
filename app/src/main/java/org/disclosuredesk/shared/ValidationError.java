// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.List;
import java.util.Map;

/** Input that cannot be stored, with one message per field so forms can show each under its field. */
public final class ValidationError extends UserError {

    /** A problem with one field; {@code field} is the form's field key, e.g. {@code receivedOn}. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public ValidationError(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public static ValidationError of(String field, String message) {
        return new ValidationError(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Puts each problem under its field in a form's {@code errors}; two for one field read as one line. */
    public static void showUnderFields(Map<String, String> errors, List<Problem> problems) {
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append('；');
            }
            sb.append(p.message());
        }
        return sb.toString();
    }
}
