namespace Otklik.Calendar.Tests;

public sealed class OperationsTests
{
    private static readonly ProductionCalendar Calendar = ProductionCalendar.Shipped;

    [Theory]
    [InlineData("2026-04-28", 5, "2026-05-06")]
    [InlineData("2025-12-30", 1, "2026-01-12")]
    [InlineData("2025-12-30", 5, "2026-01-16")]
    [InlineData("2024-04-26", 1, "2024-04-27")]
    [InlineData("2026-01-12", -1, "2025-12-30")]
    [InlineData("2026-03-06", 1, "2026-03-10")]
    [InlineData("2026-03-06", 0, "2026-03-06")]
    public void AddWorkingDays_KnownSpans_LandOnTheRightDay(string from, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(from), days));
    }

    [Theory]
    [InlineData("2025-12-31", "2026-01-31", 15)]
    [InlineData("2026-01-01", "2026-01-11", 0)]
    [InlineData("2024-01-01", "2024-12-31", 248)]
    public void CountWorkingDays_AfterFromUpToTo_CountsOnlyWorkingDays(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.CountWorkingDays(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void AddThenCount_RandomDatesAndCounts_RoundTripAndLandOnWorkingDays()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 20_000; i++)
        {
            var from = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 365 * 10));
            var days = random.Next(-60, 61);

            var to = Calendar.AddWorkingDays(from, days);

            // Forward: N working days in (from, to]. Backward: `to` is the N-th, so N-1 lie strictly between.
            var counted = days >= 0
                ? Calendar.CountWorkingDays(from, to)
                : -Calendar.CountWorkingDays(to, from.AddDays(-1)) - 1;
            Assert.Equal(days, counted);
            if (days != 0)
            {
                Assert.True(Calendar.IsWorkingDay(to), $"{from} {days} -> {to}");
            }
        }
    }

    [Theory]
    [InlineData("2026-03-08", NonWorkingEndRule.NextWorkingDay, "2026-03-10")]
    [InlineData("2026-03-08", NonWorkingEndRule.PreviousWorkingDay, "2026-03-06")]
    [InlineData("2026-03-11", NonWorkingEndRule.NextWorkingDay, "2026-03-11")]
    public void AddCalendarDays_EndOnDayOff_MovesByRule(string end, NonWorkingEndRule rule, string expected)
    {
        var from = DateOnly.Parse(end).AddDays(-30);

        Assert.Equal(DateOnly.Parse(expected), Calendar.AddCalendarDays(from, 30, rule));
    }

    [Fact]
    public void Query_OutsideSupportedYears_ThrowsRussianMessage()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new DateOnly(1999, 12, 31)));

        Assert.Contains("2000–2100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_ExtraDayOffByDecree_ReplaceShippedDay()
    {
        var extra = new DayRule(new DateOnly(2026, 6, 15), DayType.NonWorking, DayReason.Decreed,
            "дополнительный выходной");

        var calendar = new ProductionCalendar(ShippedYears.All, [extra]);

        Assert.False(calendar.IsWorkingDay(extra.Date));
        Assert.Equal(246, calendar.DaysOf(2026).Count(d => d.IsWorking));
        Assert.Equal(new DateOnly(2026, 6, 16), calendar.AddWorkingDays(new DateOnly(2026, 6, 11), 1));
    }
}
