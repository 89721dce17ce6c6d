namespace Otklik.Calendar.Tests;

public sealed class DeadlineTests
{
    private static readonly DeadlineEngine Engine = new(ProductionCalendar.Shipped);

    [Fact]
    public void UrgentAnswer_AcrossNewYear_SkipsHolidaysAndExplainsEachStretch()
    {
        var deadline = Engine.Compute(DeadlinePolicies.UrgentAnswer, new DateOnly(2025, 12, 30));

        Assert.Equal(new DateOnly(2026, 1, 16), deadline.Date);
        Assert.Equal(new DateOnly(2025, 12, 31), deadline.Start);
        Assert.Contains("31 декабря — перенос выходного с 5 января",
            deadline.ExplanationText, StringComparison.Ordinal);
        Assert.Contains("1–8 января — нерабочие праздничные дни; " +
            "9 января — перенос выходного с 3 января; " +
            "10–11 января — выходные дни", deadline.ExplanationText, StringComparison.Ordinal);
        Assert.Contains("не более 5 рабочих дней", deadline.ExplanationText,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_EndsOnHoliday_MovesToNextWorkingDayAndSaysWhy()
    {
        var deadline = Engine.Compute(DeadlinePolicies.Answer, new DateOnly(2026, 2, 6));

        Assert.Equal(new DateOnly(2026, 3, 10), deadline.Date);
        Assert.Contains("8 марта 2026 г. — нерабочий день", deadline.ExplanationText,
            StringComparison.Ordinal);
        Assert.Contains("9 марта — перенос выходного с 8 марта", deadline.ExplanationText,
            StringComparison.Ordinal);
        Assert.Contains("59-ФЗ", deadline.ExplanationText, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ExtendedWithinLimit_AddsThirtyDays_AndBeyondLimitIsRefused()
    {
        var extended = Engine.Compute(DeadlinePolicies.Answer, new DateOnly(2026, 4, 1), extensionDays: 30);

        Assert.Equal(new DateOnly(2026, 6, 3), extended.Date);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Engine.Compute(DeadlinePolicies.Answer, new DateOnly(2026, 4, 1), extensionDays: 31));
    }

    [Theory]
    [InlineData("registration", "2026-04-30", "2026-05-04")]
    [InlineData("forwarding", "2026-06-05", "2026-06-15")]
    [InlineData("abusive-notice", "2026-04-28", "2026-05-14")]
    [InlineData("knowledge-review", "2026-12-25", "2027-01-19")]
    public void Compute_EachPolicy_GivesTheLegalDate(string code, string eventDate, string expected)
    {
        var deadline = Engine.Compute(DeadlinePolicies.Find(code)!, DateOnly.Parse(eventDate));

        Assert.Equal(DateOnly.Parse(expected), deadline.Date);
    }

    [Fact]
    public void UrgentCap_LaterDate_IsRefused_EarlierAccepted()
    {
        var registered = new DateOnly(2026, 4, 28);

        Assert.True(Engine.IsWithinCap(DeadlinePolicies.UrgentAnswer, registered, new DateOnly(2026, 5, 6)));
        Assert.True(Engine.IsWithinCap(DeadlinePolicies.UrgentAnswer, registered, new DateOnly(2026, 4, 30)));
        Assert.False(Engine.IsWithinCap(DeadlinePolicies.UrgentAnswer, registered, new DateOnly(2026, 5, 7)));
    }

    [Fact]
    public void EveryPolicy_NamesItsLegalSource()
    {
        Assert.All(DeadlinePolicies.All, p => Assert.False(string.IsNullOrWhiteSpace(p.LegalSource)));
    }
}
