using IntegrationBot.TextAnalytics.Offline.Pii;

namespace IntegrationBot.TextAnalytics.Tests.Offline.Pii;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("Schreiben Sie an anna.schmidt@example.de bitte.", "anna.schmidt@example.de")]
    [InlineData("Mail: j.o'neil+ideen@stadt-muenster.de.", "j.o'neil+ideen@stadt-muenster.de")]
    [InlineData("contact me at ali_2@mail.co.uk", "ali_2@mail.co.uk")]
    public void Email_addresses_are_found(string text, string email) => AssertFound(text, PiiCategories.Email, email);

    [Theory]
    [InlineData("Rufen Sie 0251 / 492-7000 an.", "0251 / 492-7000")]
    [InlineData("Meine Nummer: 0176-12345678", "0176-12345678")]
    [InlineData("Handy 017612345678", "017612345678")]
    [InlineData("Büro (0251) 4927000, danke", "(0251) 4927000")]
    [InlineData("call +44 20 7946 0958 today", "+44 20 7946 0958")]
    [InlineData("Tel +49 (0)251 492 7000", "+49 (0)251 492 7000")]
    [InlineData("aus dem Ausland 0049 251 123456", "0049 251 123456")]
    [InlineData("whatsapp +4915112345678", "+4915112345678")]
    [InlineData("Telefon: 4927000", "4927000")]
    [InlineData("мой телефон +7 912 345-67-89.", "+7 912 345-67-89")]
    public void Phone_numbers_are_found(string text, string phone) => AssertFound(text, PiiCategories.PhoneNumber, phone);

    [Theory]
    [InlineData("Ich wohne in der Hammer Straße 12, seit zwei Jahren.", "Hammer Straße 12")]
    [InlineData("Adresse: Von-Esmarch-Str. 12a", "Von-Esmarch-Str. 12a")]
    [InlineData("Treffpunkt Hauptstraße 5, 48143 Münster, um zehn", "Hauptstraße 5, 48143 Münster")]
    [InlineData("am Alter Steinweg 6 gibt es Kaffee", "Alter Steinweg 6")]
    [InlineData("Wir wohnen in 48143 Münster.", "48143 Münster")]
    [InlineData("Ik woon op de Kerkstraat 3 in Utrecht", "Kerkstraat 3")]
    [InlineData("I live at 221B Baker Street now", "221B Baker Street")]
    public void Addresses_are_found(string text, string address) => AssertFound(text, PiiCategories.Address, address);

    [Theory]
    [InlineData("Hallo, ich heiße Anna Schmidt und komme aus Syrien.", "Anna Schmidt")]
    [InlineData("Mein Name ist Ahmad.", "Ahmad")]
    [InlineData("Ich bin Leyla und suche einen Sprachkurs.", "Leyla")]
    [InlineData("Bitte an Frau Dr. Müller weiterleiten", "Müller")]
    [InlineData("Herr Yılmaz hat angerufen", "Yılmaz")]
    [InlineData("Hi, my name is John Miller.", "John Miller")]
    [InlineData("Please ask Mrs O'Brien", "O'Brien")]
    [InlineData("Hallo, ik heet Sanne de Vries", "Sanne")]
    [InlineData("Merhaba, benim adım Ayşe Yılmaz.", "Ayşe Yılmaz")]
    [InlineData("Меня зовут Ольга Петрова.", "Ольга Петрова")]
    [InlineData("Мене звати Тарас.", "Тарас")]
    [InlineData("Silav, navê min Rojda ye.", "Rojda")]
    [InlineData("اسمي أحمد علي وأنا من سوريا", "أحمد علي")]
    [InlineData("سلام، اسم من مریم است.", "مریم")]
    public void Announced_names_are_found(string text, string name) => AssertFound(text, PiiCategories.Person, name);

    [Fact]
    public void A_name_found_once_is_redacted_wherever_it_occurs()
    {
        var redaction = PiiRedactor.Redact("Ich heiße Samira. Samira möchte Deutsch lernen.");

        Assert.Equal("Ich heiße ******. ****** möchte Deutsch lernen.", redaction.RedactedText);
    }

    [Theory]
    [InlineData("Mehr Sprachkurse am Abend in Kinderhaus")]
    [InlineData("Am 01.02.2025 um 10:00 Uhr beginnt der Kurs.")]
    [InlineData("Seit 2025 gibt es 12000 Menschen mehr in der Stadt.")]
    [InlineData("Der Spielplatz 3 Straßen weiter ist kaputt.")]
    [InlineData("Auf dem Sportplatz 2026 ein Fest feiern")]
    [InlineData("Ich bin Lehrerin und wohne in Hiltrup.")]
    [InlineData("Eine Frau Hilfe braucht, bekommt sie im Stadtteilbüro.")]
    [InlineData("Kurs B1, Raum 204, 15 Plätze, 120 Euro, Buslinie 6 und 14")]
    [InlineData("Das Projekt kostet 25000 Euro und dauert 18 Monate.")]
    [InlineData("Die Ausgabe 3/2025 erscheint am 1.12.")]
    [InlineData("Version 2.0.1 und 10.000 Unterschriften")]
    [InlineData("The meeting is at 7 pm in room 12.")]
    public void Ordinary_sentences_have_no_personal_data(string text)
    {
        var redaction = PiiRedactor.Redact(text);

        Assert.Empty(redaction.Entities);
        Assert.Equal(text, redaction.RedactedText);
    }

    [Fact]
    public void Redaction_keeps_the_length_and_replaces_exactly_the_entity_characters()
    {
        const string text = "Ich heiße Anna, Tel. 0251 4927000, anna@example.de, Hauptstraße 5, 48143 Münster.";

        var redaction = PiiRedactor.Redact(text);

        Assert.Equal(text.Length, redaction.RedactedText.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var inEntity = redaction.Entities.Any(e => i >= e.Offset && i < e.Offset + e.Length);
            Assert.Equal(inEntity ? '*' : text[i], redaction.RedactedText[i]);
        }

        Assert.Equal(
            [PiiCategories.Person, PiiCategories.PhoneNumber, PiiCategories.Email, PiiCategories.Address],
            redaction.Entities.Select(e => e.Category));
    }

    [Fact]
    public void Entities_are_ordered_and_never_overlap()
    {
        var redaction = PiiRedactor.Redact("Mail anna@0251-4927000.de oder 0251 4927000, Herr Müller, Müllerstraße 3");

        var ends = redaction.Entities.Zip(redaction.Entities.Skip(1), (a, b) => (a.Offset + a.Length, b.Offset));
        Assert.All(ends, pair => Assert.True(pair.Item1 <= pair.Item2));
        Assert.Equal(PiiCategories.Email, redaction.Entities[0].Category);
    }

    private static void AssertFound(string text, string category, string expected)
    {
        var redaction = PiiRedactor.Redact(text);

        var entity = Assert.Single(redaction.Entities, e => e.Category == category);
        Assert.Equal(expected, text.Substring(entity.Offset, entity.Length));
        Assert.Equal(text.Replace(expected, new string('*', expected.Length), StringComparison.Ordinal), redaction.RedactedText);
    }
}
