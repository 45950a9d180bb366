namespace IntegrationBot.Benchmarks;

/// <summary>
/// A handful of German and English utterances per model, taken from the public recognizer specs
/// (shared/recognizer-specs, MIT, Microsoft Recognizers-Text) so the figures reflect realistic inputs.
/// </summary>
internal static class SpecInputs
{
    public static string[] Boolean(string culture) => culture == "de"
        ? ["Ja klar!", "Ich denke nicht. Nein.", "Ja. Ich sagte nein", "👌🏻 Alles klar"]
        : ["I don't thing so. no.", "Yes. I said no", "disagree, it is not ok", "👌🏾 It's ok"];

    public static string[] Number(string culture) => culture == "de"
        ? ["Das sind mindestens fünf dutzend Bananen.", "zwei Millionen eintausendeinhundertfünfzig",
           "1\u202f234\u202f567,89 ist ein gültiges Zahlenformat.", "Die Bevölkerung beträgt dreieinhalb Millionen"]
        : ["one hundred and sixty-one", "I can give you 3 hundred and 21 yuan.",
           "There are five and a half million fishes in this lake", "1,674,200.5 M"];

    public static string[] Ordinal(string culture) => culture == "de"
        ? ["Karl war zuerst da, Bob war zweiter und Hans vierter. Den Dritten kannte ich nicht.",
           "Sie sind der einhunderttausendste Besucher.", "das ist dann die 3. Banane", "Zeig mir das drittletzte."]
        : ["Show me the one before the last one.", "one hundred twenty-fifth", "She finished second!", "Turn to previous page."];

    public static string[] Email(string culture) => culture == "de"
        ? ["Schreiben Sie an anna.berg@stadt-muenster.de oder rufen Sie an.", "Meine Adresse ist Alice_1@outlook.com"]
        : ["my.name@base.Contoso.com  is a valid email address", "Both a..bc@outlook.com and .abc@hotmail.com are not valid e-mail addresses."];

    public static string[] Phone(string culture) => culture == "de"
        ? ["Meine Nummer ist +49 176/ 12345678.", "Tel: 0176 12 34 56 78", "Form Approved - OMB No. 0560-0155"]
        : ["My phone number is (541) 754-3010.", "My phone number is 837.824.1482 ext 63888.", "Her credit card is: Visa 5111 1111 1111 1111"];

    public static string[] DateTime(string culture) => culture == "de"
        ? ["Setze Timer auf eine Viertelstunde.", "die es im bis März 2008 zusammen mit Land Rover an Tata Motors verkaufte",
           "Ich bin November 19-20 unterwegs", "jeden Tag um 19:13 Uhr Alarm stellen", "Viertel nach 8 Abends",
           "Das waren 123,45 sek", "Ich gehe dann Dienstag Morgen zurück.", "Ich komme am neunundzwanzigsten Mai zurück"]
        : ["I plan to leave before independence day.", "You may get a message from me suggesting times today.",
           "What happened before early September", "The sales went up during from q1 of 2017 - q3 of 2018",
           "It will happen from 3:30 to 5:55 on 1/1/2015",
           "Cortana could try to arrange a Skype call next week on Tuesday 9 am or Thursday 1 pm please?",
           "It's half past seven o'clock", "I'll be out since this August"];
}
