namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Recurring times: "jeden Mittwoch um 16 Uhr" becomes XXXX-WXX-3T16, "jeden Tag um 15 Uhr" T15.</summary>
internal static class Sets
{
    public static SetEntity? At(SetEntity set, TimeSpec time)
    {
        if (set.Timex.Contains('T', StringComparison.Ordinal) && !set.Timex.StartsWith('T'))
            return null;
        return set.Timex switch
        {
            "P1D" => new SetEntity(time.Options()[0].Timex),
            _ when set.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) => new SetEntity(set.Timex + time.Options()[0].Timex),
            _ when set.Timex.StartsWith('T') && PartOf(set.Timex) is { } part => new SetEntity(time.In(part).Options()[0].Timex),
            _ => null,
        };
    }

    private static PartOfDay? PartOf(string timex) => timex switch
    {
        "TMO" => PartOfDay.Morning,
        "TAF" => PartOfDay.Afternoon,
        "TEV" => PartOfDay.Evening,
        "TNI" => PartOfDay.Night,
        _ => null,
    };
}
