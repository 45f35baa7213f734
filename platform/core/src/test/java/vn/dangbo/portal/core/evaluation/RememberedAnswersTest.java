package vn.dangbo.portal.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RememberedAnswersTest {

    /** A query service of the shape of the plugin API's. */
    interface Questions {
        List<String> names(LocalDate date, Set<String> kinds);

        long count(int year);
    }

    /** Counts how often each question really reaches the "database". */
    static final class CountingQuestions implements Questions {
        int calls;
        boolean failNext;

        @Override
        public List<String> names(LocalDate date, Set<String> kinds) {
            calls++;
            return new ArrayList<>(List.of("a:" + date, "b:" + kinds.size()));
        }

        @Override
        public long count(int year) {
            calls++;
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("database gone");
            }
            return year * 2L;
        }
    }

    @Test
    void aQuestionAskedTwiceReachesTheServiceOnce() {
        CountingQuestions real = new CountingQuestions();
        Questions remembered = RememberedAnswers.of(Questions.class, real);

        List<String> first = remembered.names(LocalDate.of(2024, 12, 31), Set.of("X", "Y"));
        List<String> second = remembered.names(LocalDate.of(2024, 12, 31), Set.of("Y", "X"));

        assertEquals(first, second);
        assertEquals(1, real.calls);
    }

    @Test
    void differentArgumentsAreDifferentQuestions() {
        CountingQuestions real = new CountingQuestions();
        Questions remembered = RememberedAnswers.of(Questions.class, real);

        assertEquals(4048, remembered.count(2024));
        assertEquals(4050, remembered.count(2025));
        assertEquals(List.of("a:2025-12-31", "b:1"), remembered.names(LocalDate.of(2025, 12, 31), Set.of("X")));
        assertEquals(List.of("a:2025-12-31", "b:2"), remembered.names(LocalDate.of(2025, 12, 31), Set.of("X", "Y")));
        assertEquals(4, real.calls);
    }

    @Test
    void anAnswerEditedInPlaceDoesNotChangeTheNextOne() {
        Questions remembered = RememberedAnswers.of(Questions.class, new CountingQuestions());

        List<String> first = remembered.names(LocalDate.of(2024, 1, 1), Set.of());
        first.clear();

        assertEquals(List.of("a:2024-01-01", "b:0"), remembered.names(LocalDate.of(2024, 1, 1), Set.of()));
    }

    @Test
    void aFailedQuestionIsAskedAgain() {
        CountingQuestions real = new CountingQuestions();
        real.failNext = true;
        Questions remembered = RememberedAnswers.of(Questions.class, real);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> remembered.count(2024));
        assertEquals("database gone", failure.getMessage());
        assertEquals(4048, remembered.count(2024));
        assertEquals(2, real.calls);
    }
}
