namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// Picks one reading for scheduling: the latest (future) day, and where am/pm was left open the reading between
/// 08:00 and 21:59 (events for residents happen in the daytime: "um 5" is 17:00, "at 9" is 09:00).
/// </summary>
internal static class Scheduling
{
    public static T? Pick<T>(IEnumerable<T> readings, Func<T, System.DateTime> start)
    {
        var list = readings.ToList();
        if (list.Count == 0)
            return default;
        var latestDay = list.Max(r => start(r).Date);
        var onDay = list.Where(r => start(r).Date == latestDay).ToList();
        return onDay.FirstOrDefault(r => start(r).Hour is >= 8 and <= 21) is { } daytime ? daytime : onDay[0];
    }
}
