package org.infradigest.publish.excel;

/**
 * Recognises text that a spreadsheet would take for a formula if a user re-typed or pasted it
 * ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM}), including the full-width forms that some
 * spreadsheet applications normalise. Such text is written as a quote-prefixed string cell.
 */
final class FormulaTrigger {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private FormulaTrigger() {
    }

    static boolean startsFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        // Leading spaces are skipped because some applications trim them before deciding what a cell is.
        String stripped = text.stripLeading();
        char first = stripped.isEmpty() ? text.charAt(0) : stripped.charAt(0);
        return TRIGGERS.indexOf(first) >= 0 || TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }
}
