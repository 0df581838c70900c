package fr.lacoopol.member;

/**
 * PRO-3. Phone, mobile, street address, complement and postal code are private (P2): owner and section
 * secretaries only, whatever the visibility. City and country show on the profile.
 */
public record Coordinates(String phone, String mobile, String address, String addressComplement,
                          String postalCode, String city, String country) {

    public static final Coordinates NONE = new Coordinates(null, null, null, null, null, null, null);

    public Coordinates {
        phone = Text.optional("phone", phone, 30);
        mobile = Text.optional("mobile", mobile, 30);
        address = Text.optional("address", address, 200);
        addressComplement = Text.optional("addressComplement", addressComplement, 200);
        postalCode = Text.optional("postalCode", postalCode, 10);
        city = Text.optional("city", city, 100);
        country = Text.optional("country", country, 100);
        if (postalCode != null && !postalCode.matches("[0-9A-Za-z -]{2,10}")) {
            throw new InvalidValueException("postalCode", "le code postal n'est pas valide");
        }
    }
}
