using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Features.Organisation.Employees;

[Authorize(Policy = Policies.Administrator)]
public sealed class EditModel(
    OtklikDbContext db, OrganisationService organisation, StaffAccountService accounts, UserManager<StaffUser> users)
    : PageModel
{
    private const string PasswordKey = "issued-password";

    [FromRoute]
    public int? Id { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? MiddleName { get; set; }

    [BindProperty]
    public string? Position { get; set; }

    [BindProperty]
    public int? DepartmentId { get; set; }

    [BindProperty]
    public string? Room { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Competences { get; set; }

    // An unchecked box posts nothing, so the bound default must be "not active".
    [BindProperty]
    public bool IsActive { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? NewLogin { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public string? Login { get; private set; }

    public string? IssuedPassword { get; private set; }

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        IsActive = true;
        if (Id is not null)
        {
            var e = await db.Employees.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id);
            if (e is null)
            {
                return NotFound();
            }

            (LastName, FirstName, MiddleName, Position, DepartmentId, Room, Phone, Email, IsActive) = (
                e.LastName, e.FirstName, e.MiddleName, e.Position, e.DepartmentId, e.Room, e.Phone, e.Email,
                e.IsActive);
            Competences = string.Join('\n', e.Competences);
        }

        IssuedPassword = TempData[PasswordKey] as string;
        await LoadAsync(loadRoles: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = Id is null ? null : await accounts.FindUserAsync(Id.Value);
        if (!IsActive && account is not null && await users.IsInRoleAsync(account, StaffRoles.Administrator)
            && await accounts.IsLastAdministratorAsync(account))
        {
            return await ShowErrorAsync(
                Errors.Conflict("account.last_administrator",
                    "Это единственный администратор: " +
                    "сначала назначьте роль администратора " +
                    "другому сотруднику."),
                keepForm: true);
        }

        var input = new EmployeeInput(LastName ?? "", FirstName ?? "", MiddleName, Position ?? "", Room, Phone, Email,
            DepartmentId, InputRules.SplitList(Competences), IsActive, Reason);
        var result = await organisation.SaveEmployeeAsync(Id, input);
        if (!result.IsSuccess)
        {
            return await ShowErrorAsync(result.Error!, keepForm: true);
        }

        await accounts.SyncBlockingAsync(result.Value!);
        Flash.Put(TempData, $"Сотрудник «{result.Value!.FullName}» сохранён.");
        return Redirect($"/organisation/employees/edit/{result.Value.Id}");
    }

    public async Task<IActionResult> OnPostAccountAsync()
    {
        if (Id is null)
        {
            return NotFound();
        }

        var existing = await accounts.FindUserAsync(Id.Value);
        if (existing is null)
        {
            if (string.IsNullOrWhiteSpace(NewLogin))
            {
                return await ShowErrorAsync(Errors.Validation("account.login_required", "Укажите логин."));
            }

            var created = await accounts.CreateAccountAsync(Id.Value, NewLogin, Roles, Reason);
            if (!created.IsSuccess)
            {
                return await ShowErrorAsync(created.Error!);
            }

            TempData[PasswordKey] = created.Value!.TemporaryPassword;
            Flash.Put(TempData, $"Учётная запись «{created.Value.Login}» создана.");
            return Redirect($"/organisation/employees/edit/{Id}");
        }

        var updated = await accounts.SetRolesAsync(Id.Value, Roles, Reason);
        if (!updated.IsSuccess)
        {
            return await ShowErrorAsync(updated.Error!);
        }

        Flash.Put(TempData, "Роли сохранены.");
        return Redirect($"/organisation/employees/edit/{Id}");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        var reset = await accounts.ResetPasswordAsync(Id ?? 0, Reason);
        if (!reset.IsSuccess)
        {
            return await ShowErrorAsync(reset.Error!);
        }

        TempData[PasswordKey] = reset.Value!.TemporaryPassword;
        Flash.Put(TempData, "Выдан новый временный пароль.");
        return Redirect($"/organisation/employees/edit/{Id}");
    }

    // Errors of the account forms show the stored employee again, so that saving the main form changes
    // nothing by accident.
    private async Task<IActionResult> ShowErrorAsync(Error error, bool keepForm = false)
    {
        ModelState.AddError(error);
        if (!keepForm && Id is not null
            && await db.Employees.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id) is { } e)
        {
            (LastName, FirstName, MiddleName, Position, DepartmentId, Room, Phone, Email, IsActive) = (
                e.LastName, e.FirstName, e.MiddleName, e.Position, e.DepartmentId, e.Room, e.Phone, e.Email,
                e.IsActive);
            Competences = string.Join('\n', e.Competences);
        }

        await LoadAsync(loadRoles: false);
        return Page();
    }

    private async Task LoadAsync(bool loadRoles)
    {
        Departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name).ToListAsync();
        var user = Id is null ? null : await accounts.FindUserAsync(Id.Value);
        Login = user?.UserName;
        if (user is not null && loadRoles)
        {
            Roles = [.. await users.GetRolesAsync(user)];
        }
    }
}
