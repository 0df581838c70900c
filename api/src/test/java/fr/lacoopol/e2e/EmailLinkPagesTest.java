package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every link an e-mail carries, followed as a person would: the e-mail read over IMAP, the link opened in a
 * real browser (Debian's Chromium, headless, through its ChromeDriver), the form filled in and sent, and the
 * result checked where it counts: the login works, the address changed, the contact is unsubscribed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailLinkPagesTest extends ApiTestSupport {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[a-z-]+(/[A-Za-z0-9_.-]+)?)");

    private WebDriver browser;
    private TestSection section;

    @BeforeAll
    void browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("coopol-chromium"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        section = newSection("Pages-sur-Marne", "75018");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void anInvitationIsAcceptedInTheBrowserAndTheNewAccountLogsIn() {
        String email = "page-invitee-" + unique() + "@exemple.fr";
        String person = post("/api/sections/" + section.id() + "/members", section.secretary(), Map.of(
                "membershipType", "MEMBER", "firstName", "Paula", "lastName", "Navigatrice", "email", email)).text("id");
        post("/api/sections/" + section.id() + "/invitations", section.secretary(), Map.of("memberIds", List.of(person)));

        String invitation = linkIn(awaitMail(email, "invitation"));
        open(invitation);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rejoindre la coopol");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector(".charter")).getText()).contains("Charte de la coopol");
        assertThat(browser.getPageSource()).doesNotContain("<script");

        // Two passwords that differ: the form says so, in French, where a screen reader hears it.
        browser.findElement(By.name("charterAccepted")).click();
        type("password", "une phrase de passe");
        type("confirmation", "une autre phrase");
        submit();
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("Les deux mots de passe diffèrent.");

        browser.findElement(By.name("charterAccepted")).click();
        type("password", "une phrase de passe");
        type("confirmation", "une phrase de passe");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bienvenue sur la coopol");
        assertThat(login(email, "une phrase de passe")).isNotBlank();

        // The link served once: opened again, it says so.
        open(invitation);
        browser.findElement(By.name("charterAccepted")).click();
        type("password", "une phrase de passe");
        type("confirmation", "une phrase de passe");
        submit();
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("déjà été acceptée");
    }

    @Test
    void aTruncatedLinkIsToldAtOnce() {
        for (String page : List.of("/invitation/", "/mot-de-passe/", "/confirmer-email/", "/desinscription/")) {
            open(page + "incomplet.abc");
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("Ce lien n'est pas valable");
        }
    }

    @Test
    void aPasswordIsResetInTheBrowser() {
        TestMember member = newMember(section, "Rosa", "Oublieuse");
        assertThat(post("/api/auth/password-reset-requests", null, Map.of("email", member.email())).status()).isEqualTo(202);
        open(linkIn(awaitMail(member.email(), "Nouveau mot de passe")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Choisir un nouveau mot de passe");
        type("password", "mon nouveau secret");
        type("confirmation", "mon nouveau secret");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mot de passe changé");
        assertThat(login(member.email(), "mon nouveau secret")).isNotBlank();
    }

    @Test
    void aNewAddressIsConfirmedInTheBrowser() {
        TestMember member = newMember(section, "Adèle", "Déménage");
        String newEmail = "adele-nouvelle-" + unique() + "@exemple.fr";
        assertThat(put("/api/me/connection", member.token(), Map.of("firstName", "Adèle", "lastName", "Déménage",
                "email", newEmail)).status()).isEqualTo(202);
        open(linkIn(awaitMail(newEmail, "Confirme")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confirmer ta nouvelle adresse");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Adresse confirmée");
        assertThat(login(newEmail, "mot de passe solide")).isNotBlank();
    }

    @Test
    void aContactUnsubscribesInTheBrowser() {
        String contactEmail = "contact-page-" + unique() + "@exemple.fr";
        String contacts = "/api/sections/" + section.id() + "/contacts";
        String contact = post(contacts, section.secretary(), Map.of("firstName", "Carla", "lastName", "Contact",
                "email", contactEmail)).text("id");
        await("the contact in the section's list", () -> get(contacts, section.secretary()).raw().contains(contact));
        Answer sent = post("/api/sections/" + section.id() + "/contact-emails", section.secretary(), Map.of(
                "contactIds", List.of(contact), "subject", "Réunion publique", "body", "Venez nombreux."));
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);
        open(linkIn(awaitMail(contactEmail, "Réunion publique")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ne plus recevoir ces courriels");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Désinscription faite");
        await("the contact unsubscribed", () -> get(contacts, section.secretary()).raw()
                .matches("(?s).*\"contactId\":\"" + contact + "\"[^}]*\"unsubscribed\":true.*"));
    }

    @Test
    void aMessagesLinkSaysWhereToReadIt() {
        TestMember author = newMember(section, "Marc", "Écrivain");
        TestMember reader = newMember(section, "Mona", "Lectrice");
        post("/api/conversations", author.token(), Map.of("recipientIds", List.of(reader.id()), "subject", "Un mot",
                "body", "Le contenu reste dans la coopol"));
        open(linkIn(awaitMail(reader.email(), "Un mot")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Un message t'attend");
        assertThat(browser.getPageSource()).doesNotContain("Le contenu reste dans la coopol");
    }

    @Test
    void aCoopainRequestsLinkAndTheHomePageSayWhereToGo() {
        TestMember asker = newMember(section, "Cora", "Demandeuse");
        TestMember asked = newMember(section, "Cyril", "Demandé");
        assertThat(post("/api/coopain-requests", asker.token(), Map.of("memberId", asked.id())).status()).isEqualTo(201);
        open(linkIn(awaitMail(asked.email(), "veut devenir ton coopain")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tes coopains");
        assertThat(browser.findElement(By.linkText("http://localhost:8080")).getAttribute("href")).isEqualTo("http://localhost:8080/");
        open("/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("la coopol");
    }

    /** The link's path on the application under test (the e-mail names the configured base URL). */
    private static String linkIn(Mail mail) {
        Matcher matcher = LINK.matcher(mail.body());
        assertThat(matcher.find()).as("a link in: %s", mail.body()).isTrue();
        return matcher.group(1);
    }

    private void open(String path) {
        browser.get(URI.create("http://localhost:" + port + path).toString());
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.name(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Sends the form, and waits until the browser has left the page that held it. */
    private void submit() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(page));
    }

    /** Whether the element belongs to a page the browser has left (Chromium says so in two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException left) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) return true;
            throw e;
        }
    }
}
