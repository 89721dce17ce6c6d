using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Tracking;

[AllowAnonymous]
public sealed class StatusModel(
    OtklikDbContext db, TrackingCookie cookie, Clients.ClientHistory history, TimeProvider time,
    IOptions<WorkingHoursOptions> hours) : PageModel
{
    public Appeal Appeal { get; private set; } = null!;

    // The code reached the client's own contact, so he may also see his other appeals of five years (R3.4).
    public IReadOnlyList<Clients.HistoryRow> History { get; private set; } = [];

    // The portal inbox: notices the client asked to receive on the portal, delivered when he reads them here.
    public IReadOnlyList<AppealNotice> Inbox { get; private set; } = [];

    public string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZones.Find(hours.Value.TimeZone)).ToString("dd.MM.yyyy");

    public async Task<IActionResult> OnGetAsync()
    {
        var appeal = cookie.AppealOf(HttpContext) is { } id
            ? await db.Appeals.AsNoTracking().Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id)
            : null;
        if (appeal is null)
        {
            return Redirect("/track");
        }

        Appeal = appeal;
        History = await history.ForAsync(appeal.ClientId, TimeZones.Today(time, hours.Value.TimeZone));
        Inbox = await db.AppealNotices.AsNoTracking()
            .Where(n => n.Channel == "portal"
                && db.Appeals.Any(a => a.Id == n.AppealId && a.ClientId == appeal.ClientId))
            .OrderByDescending(n => n.Id).Take(50).ToListAsync();
        var now = time.GetUtcNow();
        var unread = Inbox.Where(n => n.State == NoticeState.Pending).Select(n => n.Id).ToList();
        await db.AppealNotices.Where(n => unread.Contains(n.Id) && n.State == NoticeState.Pending)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.State, NoticeState.Sent).SetProperty(x => x.SentAt, now)
                .SetProperty(x => x.Attempts, 1));
        return Page();
    }
}
