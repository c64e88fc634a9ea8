package de.kundenkontakt.quickcheck.app.operator;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's details ({@code quickcheck.operator.*}): who runs this installation, for the
 * imprint and the privacy notice, and the contact points shown under "Wer hilft mir weiter?".
 * The product ships an example ({@code operator-example.properties}) marked with
 * {@code example=true}; an operator overrides it in {@code ./config/operator.properties} or with
 * environment variables.
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
 * @param contacts contact points for help, may be empty
 * @param logo path of the operator's logo file (PNG, JPEG or SVG) for the PDF report, may be empty
 */
@ConfigurationProperties("quickcheck.operator")
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
        List<Contact> contacts,
        String logo) {

    public OperatorProperties {
        address = address == null ? List.of() : List.copyOf(address);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
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
