using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Calendar;

namespace Otklik.Web.Features.Appeals;

public sealed class IndexModel(
    AppealAccess access, CalendarCache calendar, TimeProvider time, IOptions<WorkingHoursOptions> hours)
    : PageModel
{
    private ProductionCalendar _calendar = null!;
    private DateOnly _today;

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    public IReadOnlyList<Appeal> Rows { get; private set; } = [];

    public AppealView View { get; private set; }

    public string DaysLeft(Appeal appeal)
    {
        if (appeal.Status is AppealStatus.Answered or AppealStatus.Forwarded
            or AppealStatus.NotConsidered or AppealStatus.Closed)
        {
            return "—";
        }

        var left = _calendar.CountWorkingDays(_today, appeal.AnswerDueOn);
        return left < 0
            ? $"просрочено на {-left}"
            : left.ToString(System.Globalization.CultureInfo.CurrentCulture);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var (appeals, view) = await access.VisibleAsync(User);
        if (view == AppealView.None)
        {
            return Forbid();
        }

        View = view;
        _calendar = await calendar.GetAsync();
        _today = TimeZones.Today(time, hours.Value.TimeZone);

        var query = appeals.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Number))
        {
            query = query.Where(a => a.RegistrationNumber == Number.Trim());
        }

        Rows = await query.OrderByDescending(a => a.Id).Take(200).ToListAsync();
        return Page();
    }
}
