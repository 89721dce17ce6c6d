using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Appeals;

[AllowAnonymous]
[EnableRateLimiting(AppealsSetup.PortalPolicy)]
public sealed class SubmitModel(AppealIntakeService intake, IOptions<AttachmentOptions> limits) : PageModel
{
    public static readonly IReadOnlyList<AppealKind> PortalKinds =
        [AppealKind.Letter, AppealKind.Application, AppealKind.Complaint, AppealKind.Proposal];

    [BindProperty]
    public string? ClientKind { get; set; }

    [BindProperty]
    public AppealKind Kind { get; set; } = AppealKind.Letter;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? PostalAddress { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<string> NotifyBy { get; set; } = [];

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public AttachmentOptions Limits => limits.Value;

    // Filled only by robots: people never see it, and screen readers skip it.
    [BindProperty]
    public string? Website { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrEmpty(Website))
        {
            ModelState.AddModelError(string.Empty,
                "Обращение не отправлено. " +
                "Обновите страницу и попробуйте ещё раз.");
            return Page();
        }

        var kind = ClientKind == "Organisation" ? Appeals.ClientKind.Organisation : Appeals.ClientKind.Person;
        var result = await intake.RegisterAsync(
            new AppealIntake(PortalKinds.Contains(Kind) ? Kind : AppealKind.Letter, kind, Name, Email, Phone,
                PostalAddress, Text, NotifyBy, null, Files: await IncomingFiles.FromFormAsync(Files, limits.Value)),
            IntakeChannel.Portal);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        var appeal = result.Value.Appeal;
        TempData["appeal-number"] = appeal.RegistrationNumber;
        TempData["appeal-code"] = appeal.TrackingCode;
        TempData["appeal-due"] =
            appeal.AnswerDueOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return Redirect("/appeal/registered");
    }
}
