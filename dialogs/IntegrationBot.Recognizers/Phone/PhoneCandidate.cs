namespace IntegrationBot.Recognizers.Phone;

/// <summary>What the scanner saw of one digit sequence that might be a phone number.</summary>
internal struct PhoneCandidate
{
    public int Start;
    public int End; // exclusive
    public int Digits; // without the extension
    public int Groups;
    public bool HasPlus;
    public bool HasParentheses;
    public bool HasExtension;
    public char FirstSeparator; // '\0' when the groups touch or there is one group
    public bool AllSeparatorsAlike;
    public int FirstGroupDigits;
    public int LastGroupDigits;
    public bool AllGroupsAfterFirstHaveTwoDigits;
    public bool HasSingleDigitDottedGroup;
    public bool StartsWithZero;

    /// <summary>A plus sign, an area code in parentheses or an extension make a phone number near certain.</summary>
    public readonly bool IsStrong => HasPlus || HasParentheses || HasExtension;
}
