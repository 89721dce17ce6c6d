using Otklik.Calendar;

namespace Otklik.Web.Features.Appeals;

// Working days left until an open appeal's deadline, in the words of the lists and boards.
public sealed class Countdown(ProductionCalendar calendar, DateOnly today)
{
    public int? Left(Appeal appeal) =>
        AppealLifecycle.IsOpen(appeal.Status) ? calendar.CountWorkingDays(today, appeal.EffectiveDueOn) : null;

    public string Text(Appeal appeal) => Left(appeal) switch
    {
        null => "—",
        < 0 and var late => $"просрочено на {-late}",
        0 => "сегодня",
        var left => left.Value.ToString(System.Globalization.CultureInfo.CurrentCulture),
    };
}

public sealed record AppealTable(
    IReadOnlyList<Appeal> Rows, Countdown Countdown, string Caption, string TestId, bool Links = true);
