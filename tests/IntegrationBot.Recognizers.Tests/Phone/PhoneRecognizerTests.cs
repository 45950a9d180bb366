using IntegrationBot.Recognizers.Phone;

namespace IntegrationBot.Recognizers.Tests.Phone;

public sealed class PhoneRecognizerTests
{
    [Theory]
    [InlineData("Ruf mich an: 0251 492-1234", "0251 492-1234")]
    [InlineData("Meine Nummer ist +49 (0) 251 4921234.", "+49 (0) 251 4921234")]
    [InlineData("call (541) 754-3010 ext 12", "(541) 754-3010 ext 12")]
    [InlineData("0176/ 12345678", "0176/ 12345678")]
    public void Phone_numbers_are_found_as_written(string text, string expected)
    {
        Assert.True(PhoneRecognizer.TryRecognize(text, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("16/04/2010 doesn't look like a phone number.")]
    [InlineData("Her credit card is: Visa 5111 1111 1111 1111")]
    [InlineData("account 12345678")]
    [InlineData("1000-1=999")]
    [InlineData("0.000000012")]
    [InlineData("666666666s is a sequence.")]
    public void Dates_sums_and_account_numbers_are_no_phone_numbers(string text)
    {
        Assert.Empty(PhoneRecognizer.Recognize(text));
    }
}
