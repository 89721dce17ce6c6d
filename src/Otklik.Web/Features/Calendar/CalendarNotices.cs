using Otklik.Calendar;

namespace Otklik.Web.Features.Calendar;

public static class CalendarNotices
{
    // From October on, the Government has usually decreed next year; until it is loaded, deadlines
    // there are provisional.
    public static string? MissingNextYear(ProductionCalendar calendar, DateOnly today)
    {
        var next = today.Year + 1;
        if (today.Month < 10 || next > ProductionCalendar.LastYear || !calendar.IsProvisional(next))
        {
            return null;
        }

        return $"Производственный календарь на {next} год не загружен: " +
            $"сроки в {next} году считаются предварительно, " +
            "по Трудовому кодексу. " +
            "Загрузите календарь по постановлению Правительства " +
            "о переносе выходных дней.";
    }
}
