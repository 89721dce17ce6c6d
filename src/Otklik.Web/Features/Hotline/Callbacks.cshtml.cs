using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

public sealed record CallbackRow(HotlineCallback Callback, string CallNumber, string Department, bool Overdue,
    bool GoodTime);

// Promised callbacks (R20.2): the department answers or takes the call itself, the caller reports the result.
// A callback past its promised day is marked; one within the client's window and working hours is "call now".
public sealed class CallbacksModel(
    OtklikDbContext db, HotlineAccess access, HotlineCallbacks callbacks, AppealAccess people, TimeProvider time,
    Calendar.CalendarCache calendar, IOptions<WorkingHoursOptions> hours) : PageModel
{
    public IReadOnlyList<CallbackRow> Active { get; private set; } = [];

    public IReadOnlyList<CallbackRow> Finished { get; private set; } = [];

    public int? Me { get; private set; }

    public int? MyDepartment { get; private set; }

    public async Task OnGetAsync()
    {
        (Me, MyDepartment) = await people.EmployeeOfAsync(User);
        var visible = await access.CallbacksAsync(User);
        var active = await visible.AsNoTracking()
            .Where(b => b.State == CallbackState.Waiting || b.State == CallbackState.AnswerReady)
            .OrderBy(b => b.PromisedOn).ThenBy(b => b.Id).Take(200).ToListAsync();
        var finished = await visible.AsNoTracking()
            .Where(b => b.State == CallbackState.Done || b.State == CallbackState.Unreached)
            .OrderByDescending(b => b.Id).Take(50).ToListAsync();
        Active = await RowsAsync(active);
        Finished = await RowsAsync(finished);
    }

    public Task<IActionResult> OnPostAnswerAsync(int id, int revision, string? answer) =>
        ActAsync(() => callbacks.AnswerAsync(id, revision, answer, User), "Ответ передан тому, кто перезвонит.");

    public Task<IActionResult> OnPostTakeAsync(int id, int revision) =>
        ActAsync(() => callbacks.TakeAsync(id, revision, User), "Вы перезвоните клиенту сами.");

    public Task<IActionResult> OnPostReportAsync(int id, int revision, bool reached, string? note) =>
        ActAsync(() => callbacks.ReportAsync(id, revision, reached, note, User),
            reached ? "Записано: клиенту перезвонили." : "Записано: не дозвонились.");

    private async Task<IActionResult> ActAsync(Func<Task<Result<HotlineCallback>>> act, string done)
    {
        var result = await act();
        if (result.IsSuccess)
        {
            Flash.Put(TempData, done);
            return Redirect("/hotline/callbacks");
        }

        ModelState.AddError(result.Error!);
        db.ChangeTracker.Clear();
        await OnGetAsync();
        Response.StatusCode = result.Error!.Status;
        return Page();
    }

    private async Task<IReadOnlyList<CallbackRow>> RowsAsync(IReadOnlyList<HotlineCallback> list)
    {
        var calls = list.Select(b => b.CallId).ToList();
        var numbers = await db.HotlineCalls.Where(c => calls.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Number);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.ShortName);
        var zone = TimeZones.Find(hours.Value.TimeZone);
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var today = DateOnly.FromDateTime(now.DateTime);
        var working = new WorkingHours(await calendar.GetAsync(), hours.Value).IsWithinWorkingHours(time.GetUtcNow());
        var clock = TimeOnly.FromDateTime(now.DateTime);
        return [.. list.Select(b => new CallbackRow(b, numbers.GetValueOrDefault(b.CallId, "—"),
            departments.GetValueOrDefault(b.DepartmentId) ?? "—", b.PromisedOn < today,
            working && (TimeWindows.Parse(b.Windows) ?? []).Any(w => clock >= w.From && clock < w.To)))];
    }
}
