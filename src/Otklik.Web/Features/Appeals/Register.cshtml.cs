using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Appeals.Attachments;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Appeals;

// Staff register what came on paper, by phone, in person, by e-mail or from the document-management
// system, with the date it was actually received, so that the 3-day registration term is checked honestly.
[Authorize(Roles = $"{StaffRoles.Operator},{StaffRoles.Executor},{StaffRoles.DepartmentHead},{StaffRoles.Leadership}")]
public sealed class RegisterModel(
    AppealIntakeService intake, RegistrationDesk queue, OtklikDbContext db, IOptions<AttachmentOptions> limits)
    : PageModel
{
    public static readonly IReadOnlyList<IntakeChannel> StaffChannels =
        [IntakeChannel.Paper, IntakeChannel.Phone, IntakeChannel.InPerson, IntakeChannel.Email, IntakeChannel.Edms];

    [BindProperty]
    public IntakeChannel Channel { get; set; } = IntakeChannel.Paper;

    [BindProperty]
    public AppealKind Kind { get; set; } = AppealKind.Letter;

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public int? DepartmentId { get; set; }

    [BindProperty]
    public ClientKind ClientKind { get; set; }

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

    // Scans of a paper letter and its enclosures.
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    // Accept now, register later from the registration queue.
    [BindProperty]
    public bool Defer { get; set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!StaffChannels.Contains(Channel) || ReceivedOn is null)
        {
            ModelState.AddModelError(nameof(ReceivedOn), "Укажите дату поступления (дд.мм.гггг).");
            await LoadAsync();
            return Page();
        }

        var incoming = new AppealIntake(Kind, ClientKind, Name, Email, Phone, PostalAddress, Text, NotifyBy,
            ReceivedOn, DepartmentId, await IncomingFiles.FromFormAsync(Files, limits.Value));
        if (Defer)
        {
            return await AcceptAsync(incoming);
        }

        var result = await intake.RegisterAsync(incoming, Channel);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await LoadAsync();
            return Page();
        }

        var appeal = result.Value.Appeal;
        Flash.Put(TempData, $"Зарегистрировано: № {appeal.RegistrationNumber}, код для заявителя " +
            $"{appeal.TrackingCode}, ответить до {appeal.AnswerDueOn:dd.MM.yyyy}.");
        return Redirect("/appeals/new");
    }

    private async Task<IActionResult> AcceptAsync(AppealIntake incoming)
    {
        if (incoming.Files is { Count: > 0 })
        {
            ModelState.AddModelError(nameof(Files), "Файлы прикладываются при регистрации, а не при приёме в очередь.");
            await LoadAsync();
            return Page();
        }

        var accepted = await queue.AcceptAsync(incoming, Channel);
        if (!accepted.IsSuccess)
        {
            ModelState.AddError(accepted.Error!);
            await LoadAsync();
            return Page();
        }

        Flash.Put(TempData, "Принято в очередь регистрации.");
        return Redirect("/appeals/queue");
    }

    private async Task LoadAsync() =>
        Departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).ToListAsync();
}
