using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Tracking;

[AllowAnonymous]
[EnableRateLimiting(AppealsSetup.PortalPolicy)]
public sealed class TrackModel(TrackingService tracking, IWebHostEnvironment environment) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await tracking.StartAsync(Number, Code);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            Response.StatusCode = result.Error!.Status;
            return Page();
        }

        var sent = result.Value!;
        TempData["track-contact"] = sent.MaskedContact;
        if (environment.IsDevelopment())
        {
            // No delivery runs in development; the code is shown so that the journey can be tried.
            TempData["track-dev-code"] = sent.Code;
        }

        return Redirect($"/track/verify?c={sent.Id:N}");
    }
}
