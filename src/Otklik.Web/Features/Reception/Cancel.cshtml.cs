using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Reception;

// The client cancels at any time with his code and phone (R33); the slot is free again at once.
[EnableRateLimiting(AppealsSetup.PortalPolicy)]
public sealed class CancelModel(ReceptionBookings bookings) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public bool Cancelled { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await bookings.CancelAsync(Code, Phone, BookingSources.Portal);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            Response.StatusCode = result.Error!.Status;
            return Page();
        }

        Cancelled = true;
        return Page();
    }
}
