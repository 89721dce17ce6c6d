using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Reception;

public sealed record SlotRow(ReceptionSlot Slot, DateTime Local, string Host, string? Client);

// Reception schedules (R30): an employee lays out his own reception hours, a head his department's, the
// reception office the leadership's; free times can be withdrawn.
public sealed class ManageModel(
    OtklikDbContext db, ReceptionSlots slots, ReceptionBookings bookings, TimeProvider time,
    IOptions<WorkingHoursOptions> hours) : PageModel
{
    public IReadOnlyList<Employee> Hosts { get; private set; } = [];

    public IReadOnlyList<SlotRow> Upcoming { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var mine = await slots.HostsForAsync(User);
        var allowed = await db.Employees.AsNoTracking().Where(e => mine.Contains(e.Id))
            .OrderBy(e => e.LastName).ToListAsync();
        Hosts = allowed;
        var ids = allowed.Select(e => e.Id).ToList();
        var now = time.GetUtcNow();
        var rows = await db.ReceptionSlots.AsNoTracking()
            .Where(s => ids.Contains(s.HostId) && s.StartsAt > now && !s.IsWithdrawn)
            .OrderBy(s => s.StartsAt).Take(300)
            .Select(s => new
            {
                Slot = s,
                Client = db.Bookings.Where(b => b.Id == s.BookingId)
                    .Select(b => b.Name).FirstOrDefault(),
            })
            .ToListAsync();
        var zone = TimeZones.Find(hours.Value.TimeZone);
        Upcoming = [.. rows.Select(r => new SlotRow(r.Slot, TimeZoneInfo.ConvertTime(r.Slot.StartsAt, zone).DateTime,
            allowed.First(e => e.Id == r.Slot.HostId).ShortName, r.Client))];
    }

    public async Task<IActionResult> OnPostCreateAsync(int? hostId, DateOnly? from, DateOnly? to, DayOfWeek[] days,
        TimeOnly? start, TimeOnly? end, int minutes, string? room)
    {
        var result = await slots.CreateAsync(new SlotSeries(hostId, from, to, days, start, end, minutes, room), User);
        if (!result.IsSuccess)
        {
            return await FailAsync(result.Error!);
        }

        var r = result.Value!;
        Flash.Put(TempData, $"Создано окон приёма: {r.Created}. Нерабочих дней пропущено: {r.SkippedDays}" +
            (r.Existing > 0 ? $"; уже были в расписании: {r.Existing}." : "."));
        return Redirect("/reception/manage");
    }

    // The host cannot receive: the booking is cancelled and the client told; the slot is then withdrawn.
    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        var slot = await db.ReceptionSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        if (slot?.BookingId is not { } booking || !(await slots.HostsForAsync(User)).Contains(slot.HostId))
        {
            return NotFound();
        }

        var cancelled = await bookings.CancelByStaffAsync(booking, "host", hostAway: true);
        if (!cancelled.IsSuccess)
        {
            return await FailAsync(cancelled.Error!);
        }

        Flash.Put(TempData, "Приём отменён, время снято, клиенту сообщат.");
        return Redirect("/reception/manage");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        var result = await slots.WithdrawAsync(id, User);
        if (!result.IsSuccess)
        {
            return await FailAsync(result.Error!);
        }

        Flash.Put(TempData, "Время снято с записи.");
        return Redirect("/reception/manage");
    }

    private async Task<IActionResult> FailAsync(Infrastructure.Errors.Error error)
    {
        if (error.Status == StatusCodes.Status403Forbidden)
        {
            return Forbid();
        }

        ModelState.AddError(error);
        await OnGetAsync();
        Response.StatusCode = error.Status;
        return Page();
    }
}
