using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Otklik.Calendar;

namespace Otklik.Web.Features.Calendar;

public sealed class IndexModel(CalendarCache cache, TimeProvider time, IOptions<WorkingHoursOptions> hours) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Policy { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Event { get; set; }

    public CalendarYear Info { get; private set; } = null!;

    public IReadOnlyDictionary<DateOnly, CalendarDay> Days { get; private set; } = null!;

    public int WorkingDays { get; private set; }

    public int ShortenedDays { get; private set; }

    public string HoursText { get; private set; } = "";

    public string? Notice { get; private set; }

    public Deadline? Preview { get; private set; }

    public string? PreviewError { get; private set; }

    public static string CssClass(CalendarDay day) => day switch
    {
        { IsWorking: true, Reason: DayReason.WorkingWeekend } => "day-workend",
        { IsShortened: true } => "day-short",
        { IsWorking: true } => "day-work",
        { Reason: DayReason.Holiday } => "day-holiday",
        { Reason: DayReason.TransferredDayOff or DayReason.Decreed } => "day-moved",
        _ => "day-off",
    };

    public async Task<IActionResult> OnGetAsync()
    {
        var calendar = await cache.GetAsync();
        var today = TimeZones.Today(time, hours.Value.TimeZone);
        if (Year == 0)
        {
            Year = today.Year;
        }

        if (Year is < ProductionCalendar.FirstYear or > ProductionCalendar.LastYear)
        {
            return NotFound();
        }

        Info = calendar.Year(Year);
        Days = calendar.DaysOf(Year).ToDictionary(d => d.Date);
        WorkingDays = Days.Values.Count(d => d.IsWorking);
        ShortenedDays = Days.Values.Count(d => d.IsShortened);
        Notice = User.IsInRole(Organisation.StaffRoles.Administrator)
            ? CalendarNotices.MissingNextYear(calendar, today)
            : null;
        HoursText = Describe(hours.Value);
        ComputePreview(calendar);
        return Page();
    }

    private void ComputePreview(ProductionCalendar calendar)
    {
        if (Policy is null && Event is null)
        {
            return;
        }

        var policy = Policy is null ? null : DeadlinePolicies.Find(Policy);
        var eventDate = CalendarApi.ParseDate(Event);
        if (policy is null || eventDate is null)
        {
            PreviewError = "Выберите вид срока и укажите дату события.";
            return;
        }

        try
        {
            Preview = new DeadlineEngine(calendar).Compute(policy, eventDate.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            PreviewError = $"Дата должна быть в {ProductionCalendar.FirstYear}–" +
                $"{ProductionCalendar.LastYear} годах.";
        }
    }

    private static string Describe(WorkingHoursOptions o)
    {
        var lunch = o.LunchStart is { } s && o.LunchEnd is { } e ? $", перерыв {s:HH\\:mm}–{e:HH\\:mm}" : "";
        return $"{o.Start:HH\\:mm}–{o.End:HH\\:mm}{lunch}, " +
            $"в предпраздничный день на {o.ShortenedDayMinutes} мин короче " +
            $"({o.TimeZone})";
    }
}
