package fr.lacoopol.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aLineKeepsNoLineBreakNorControlCharacter() {
        assertThat(Text.optional("firstName", " Line\r\nBcc: x@y.fr\t\u0000 ", 100)).isEqualTo("Line Bcc: x@y.fr");
        assertThat(Text.optional("firstName", "Anne\u2028Marie", 100)).isEqualTo("Anne Marie");
    }

    @Test
    void paragraphsKeepTheirLineBreaksButNotNul() {
        assertThat(Text.optionalParagraphs("body", "Bonjour,\r\n\r\nÀ jeudi\u0000 !\u0007", 100))
                .isEqualTo("Bonjour,\r\n\r\nÀ jeudi !");
    }

    @Test
    void blankIsAbsentAndRequiredRefusesIt() {
        assertThat(Text.optional("city", " \u0000 ", 10)).isNull();
        assertThatThrownBy(() -> Text.required("lastName", "\r\n", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("lastName"));
    }

    @Test
    void theBoundCountsWhatIsKept() {
        assertThatThrownBy(() -> Text.optional("city", "x".repeat(11), 10)).isInstanceOf(InvalidValueException.class);
        assertThat(Text.optional("city", "  " + "x".repeat(10) + "  ", 10)).hasSize(10);
    }
}
