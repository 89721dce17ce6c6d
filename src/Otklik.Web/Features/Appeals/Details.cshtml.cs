using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Text.Abuse;
using Otklik.Web.Features.TextAnalysis;

namespace Otklik.Web.Features.Appeals;

public sealed class DetailsModel(AppealAccess access, IOptions<WorkingHoursOptions> hours) : PageModel
{
    public Appeal Appeal { get; private set; } = null!;

    public AbuseResult Abuse { get; private set; } = null!;

    public string TextHtml { get; private set; } = "";

    public string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone))
            .ToString("dd.MM.yyyy HH:mm");

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var (appeals, view) = await access.VisibleAsync(User);
        var appeal = view == AppealView.Full
            ? await appeals.AsNoTracking()
                .Include(a => a.Client)
                .Include(a => a.Events)
                .FirstOrDefaultAsync(a => a.Id == id)
            : null;
        if (appeal is null)
        {
            // The same answer whether the appeal is missing or belongs to another department.
            return NotFound();
        }

        Appeal = appeal;
        Abuse = AbuseDetector.Default.Analyze(appeal.Text);
        TextHtml = Highlight.Render(appeal.Text, Abuse.Findings.Select(f => new Mark(f.Start, f.Length, "mark-abuse",
            Otklik.Web.Features.TextAnalysis.IndexModel.Title(f.Category))));
        return Page();
    }
}
