using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Notifications;

public sealed record CallTask(AppealNotice Notice, string Number, string Client, string? Phone);

// The phone channel: each notice to a client who asked to be called becomes a task in the operators' queue
// with the text to read out. An operator takes a call before dialling, so no two call the same client for
// it; a call that did not get through is tried again later, as other channels are.
public sealed class CallsModel(OtklikDbContext db, NoticeLedger ledger, AuditLog audit) : PageModel
{
    public IReadOnlyList<CallTask> Mine { get; private set; } = [];

    public IReadOnlyList<CallTask> Waiting { get; private set; } = [];

    public bool Allowed => User.IsInRole(StaffRoles.Operator) || User.IsInRole(StaffRoles.Administrator);

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync()
    {
        if (!Allowed)
        {
            return;
        }

        var me = Me;
        Mine = await Tasks(db.AppealNotices.AsNoTracking()
            .Where(n => n.Channel == "phone" && n.State == NoticeState.Sending && n.ClaimedBy == me));
        Waiting = await Tasks(ledger.Due("phone").Take(100));
    }

    public async Task<IActionResult> OnPostTakeAsync(long id)
    {
        if (!Allowed)
        {
            return NotFound();
        }

        var taken = await ledger.ClaimAsync(id, Me);
        Flash.Put(TempData, taken
            ? "Звонок ваш: позвоните и отметьте результат."
            : "Этот звонок уже взял другой оператор.");
        return Redirect("/notifications/calls");
    }

    public async Task<IActionResult> OnPostAsync(long id, bool reached)
    {
        var me = Me;
        var notice = await db.AppealNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.Channel == "phone"
            && n.State == NoticeState.Sending && n.ClaimedBy == me);
        if (!Allowed || notice is null)
        {
            return NotFound();
        }

        await ledger.RecordAsync(notice, reached ? null : "Не удалось дозвониться.");
        audit.Record(reached ? "notice.call_made" : "notice.call_failed", nameof(AppealNotice), id);
        await db.SaveChangesAsync();
        Flash.Put(TempData, reached ? "Звонок отмечен: клиенту прочитан текст." : "Попробуем позвонить позже.");
        return Redirect("/notifications/calls");
    }

    private Task<List<CallTask>> Tasks(IQueryable<AppealNotice> notices) =>
        notices.Join(db.Appeals, n => n.AppealId, a => a.Id,
                (n, a) => new CallTask(n, a.RegistrationNumber, a.Client!.Name, a.Client.Phone))
            .ToListAsync();
}
