package fr.lacoopol.member;

public record PersonName(String firstName, String lastName) {

    public PersonName {
        firstName = Text.required("firstName", firstName, 100);
        lastName = Text.required("lastName", lastName, 100);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
