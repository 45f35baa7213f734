package vn.dangbo.portal.web.rest.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dangbo.portal.core.error.ValidationException;

/** Query and path parameters read with errors that name the parameter. */
public final class Params {

    private Params() {
    }

    /** An ISO date (yyyy-MM-dd), or the fallback when absent. */
    public static LocalDate date(String value, String name, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "Ngày không hợp lệ (yyyy-MM-dd): " + value);
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "Giá trị không hợp lệ: " + value + "; một trong "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Paging: size 1 to 500 (default 50), page from 0. */
    public static int size(Integer size) {
        if (size == null) {
            return 50;
        }
        if (size < 1 || size > 500) {
            throw new ValidationException("size", "Từ 1 đến 500");
        }
        return size;
    }

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new ValidationException("page", "Không âm");
        }
        return page;
    }
}
