namespace IntegrationBot.Testing;

/// <summary>A clock the test moves by hand (Microsoft.Extensions.TimeProvider.Testing is not on the package feed here).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start, TimeZoneInfo? localZone = null) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public override TimeZoneInfo LocalTimeZone => localZone ?? Berlin;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
            _now += by;
    }

    public void SetUtcNow(DateTimeOffset now)
    {
        lock (_gate)
            _now = now;
    }
}
