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

    /** These coordinates, with each blank taken from {@code other} (an import never overwrites, INV-5). */
    public Coordinates withBlanksFrom(Coordinates other) {
        if (other == null) return this;
        return new Coordinates(phone != null ? phone : other.phone, mobile != null ? mobile : other.mobile,
                address != null ? address : other.address,
                addressComplement != null ? addressComplement : other.addressComplement,
                postalCode != null ? postalCode : other.postalCode, city != null ? city : other.city,
                country != null ? country : other.country);
    }
}
