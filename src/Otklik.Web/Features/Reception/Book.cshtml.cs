using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Calendar;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Portal;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Reception;

// The citizen books a slot himself (R32.1), chooses how and when to be reminded (R32.2) and tells what he
// needs to take part (R34–37).
[EnableRateLimiting(AppealsSetup.PortalPolicy)]
public sealed class BookModel(
    OtklikDbContext db, ReceptionBookings bookings, TimeProvider time, IOptions<WorkingHoursOptions> hours,
    IOptions<MinistryOptions> ministry) : PageModel
{
    public ReceptionSlot Slot { get; private set; } = null!;

    public string Host { get; private set; } = "";

    public DateTime Local { get; private set; }

    public MinistryOptions Ministry => ministry.Value;

    [BindProperty]
    public BookingForm Input { get; set; } = new();

    public Booking? Done { get; private set; }

    // Filled only by robots: people never see it, and screen readers skip it.
    [BindProperty]
    public string? Website { get; set; }

    // After booking the page is shown again by GET (a refresh books nothing twice); the code travels in
    // the one-time TempData of this browser, so nobody else sees it.
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (TempData["BookingCode"] is string code)
        {
            Done = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code && b.SlotId == id);
            return await LoadAsync(id, booked: true) ? Page() : NotFound();
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id, booked: true))
        {
            return NotFound();
        }

        var booked = string.IsNullOrEmpty(Website)
            ? await bookings.BookAsync(id, Input.ToInput(), BookingSources.Portal)
            : Errors.Validation("reception.robot", "Запись не принята. Обновите страницу и попробуйте ещё раз.");
        if (!booked.IsSuccess)
        {
            ModelState.AddError(booked.Error!, nameof(Input));
            Response.StatusCode = booked.Error!.Status;
            return Page();
        }

        TempData["BookingCode"] = booked.Value!.Code;
        return Redirect($"/reception/book/{id}");
    }

    // A taken or past time is not offered; a posted form still reaches the service, which says why.
    private async Task<bool> LoadAsync(int id, bool booked = false)
    {
        var now = time.GetUtcNow();
        var slot = await db.ReceptionSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && !s.IsWithdrawn
            && (booked || (s.BookingId == null && s.StartsAt > now)));
        if (slot is null)
        {
            return false;
        }

        var host = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == slot.HostId);
        (Slot, Host) = (slot, $"{host.FullName}, {host.Position.ToLowerInvariant()}");
        Local = TimeZoneInfo.ConvertTime(slot.StartsAt, TimeZones.Find(hours.Value.TimeZone)).DateTime;
        return true;
    }
}

public sealed class BookingForm
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Topic { get; set; }

    public string? RemindBy { get; set; }

    public bool RemindDayBefore { get; set; }

    public bool RemindTwoHoursBefore { get; set; }

    public string? AccessibilityNeeds { get; set; }

    public List<string> Needs { get; set; } = [];

    public BookingInput ToInput() => new(Name, Phone, Email, Topic, RemindBy, RemindDayBefore, RemindTwoHoursBefore,
        AccessibilityNeeds, Needs);
}
