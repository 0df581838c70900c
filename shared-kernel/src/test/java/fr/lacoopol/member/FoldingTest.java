package fr.lacoopol.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void caseAndAccentsAreFoldedForMatching() {
        assertThat(Folding.fold(" Grégoire ")).isEqualTo("gregoire");
        assertThat(Folding.fold("Œdipe Lætitia Straße")).isEqualTo("oedipe laetitia strasse");
        assertThat(Folding.fold(null)).isNull();
    }
}
