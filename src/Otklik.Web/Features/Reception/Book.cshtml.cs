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

namespace Otklik.Web.Features.Reception;

// The citizen books a slot himself (R32.1), chooses how and when to be reminded (R32.2) and tells what he
// needs to take part (R34–37).
[EnableRateLimiting(AppealsSetup.PortalPolicy)]
public sealed class BookModel(
    OtklikDbContext db, ReceptionBookings bookings, IOptions<WorkingHoursOptions> hours,
    IOptions<MinistryOptions> ministry) : PageModel
{
    public ReceptionSlot Slot { get; private set; } = null!;

    public string Host { get; private set; } = "";

    public DateTime Local { get; private set; }

    public MinistryOptions Ministry => ministry.Value;

    [BindProperty]
    public BookingForm Input { get; set; } = new();

    public Booking? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var booked = await bookings.BookAsync(id, Input.ToInput(), BookingSources.Portal);
        if (!booked.IsSuccess)
        {
            ModelState.AddError(booked.Error!);
            Response.StatusCode = booked.Error!.Status;
            return Page();
        }

        Done = booked.Value;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var slot = await db.ReceptionSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && !s.IsWithdrawn);
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

    public BookingInput ToInput() => new(Name, Phone, Email, Topic, RemindBy, RemindDayBefore, RemindTwoHoursBefore,
        AccessibilityNeeds);
}
