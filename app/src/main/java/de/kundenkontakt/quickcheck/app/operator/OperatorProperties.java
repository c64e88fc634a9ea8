package de.kundenkontakt.quickcheck.app.operator;

import java.util.List;

/**
 * The operator's details ({@code quickcheck.operator.*}): who runs this installation, for the
 * imprint and the privacy notice, and the contact points shown under "Wer hilft mir weiter?".
 * The product ships an example ({@code quickcheck.operator-example.*} in
 * {@code operator-example.properties}), used as a whole only while no operator name is configured,
 * so that none of its placeholders mix into an operator's own details ({@link
 * OperatorConfiguration}). Immutable.
 *
 * @param example whether these are the shipped example details, shown with a warning
 * @param name the operator's name
 * @param address postal address lines
 * @param representative who represents the operator
 * @param email contact e-mail
 * @param phone contact phone, may be empty
 * @param register register entry, may be empty
 * @param vatId VAT id, may be empty
 * @param privacyContact who answers privacy questions, may be empty
 * @param supervisoryAuthority the data protection authority responsible for the operator, may be empty
 * @param hosting who hosts the server on the operator's behalf (a processor), may be empty
 * @param logRetentionDays after how many days the web server's access logs are deleted, may be null
 *     when the operator has not said
 * @param contacts contact points for help, may be empty
 * @param logo path of the operator's logo file (PNG or JPEG) for the PDF report, may be empty
 */
public record OperatorProperties(
        boolean example,
        String name,
        List<String> address,
        String representative,
        String email,
        String phone,
        String register,
        String vatId,
        String privacyContact,
        String supervisoryAuthority,
        String hosting,
        Integer logRetentionDays,
        List<Contact> contacts,
        String logo) {

    public OperatorProperties {
        address = address == null ? List.of() : List.copyOf(address);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** The same details marked as the shipped example; never null. */
    OperatorProperties asExample() {
        return new OperatorProperties(true, name, address, representative, email, phone, register, vatId,
                privacyContact, supervisoryAuthority, hosting, logRetentionDays, contacts, logo);
    }

    /** Whether a name is given, the one detail every operator must set. */
    boolean named() {
        return name != null && !name.isBlank();
    }

    /**
     * A contact point for companies that want help.
     *
     * @param name the person or office
     * @param organisation the organisation
     * @param region the region it serves
     * @param email e-mail address, may be empty
     * @param phone phone number, may be empty
     * @param url web address, may be empty
     */
    public record Contact(String name, String organisation, String region, String email, String phone, String url) {}
}
