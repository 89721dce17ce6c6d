using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Clients;

public sealed record ProfileUpdate(IReadOnlyList<string> Facts, string? AccessibilityNeeds);

// Client records (R3.1, R3.4). The registry — leadership and the staff of the appeals department, who
// register appeals — sees every client and keeps the records clean (profile, merging duplicates); other
// staff see a client only through an appeal they may open.
public sealed partial class ClientService(
    OtklikDbContext db, AppealAccess access, AuditLog audit, IOptions<AppealsOptions> options,
    ILogger<ClientService> logger)
{
    public async Task<bool> IsRegistryAsync(ClaimsPrincipal user)
    {
        if (user.IsInRole(StaffRoles.Leadership))
        {
            return true;
        }

        var (_, department) = await access.EmployeeOfAsync(user);
        return department is not null
            && (user.IsInRole(StaffRoles.DepartmentHead) || user.IsInRole(StaffRoles.Executor))
            && await db.Departments.AnyAsync(d => d.Id == department && d.Name == options.Value.IntakeDepartment);
    }

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, int clientId)
    {
        if (await IsRegistryAsync(user))
        {
            return true;
        }

        var (appeals, view) = await access.VisibleAsync(user);
        return view == AppealView.Full && await appeals.AnyAsync(a => a.ClientId == clientId);
    }

    public async Task<Result<Client>> UpdateProfileAsync(ClaimsPrincipal user, int clientId, ProfileUpdate update)
    {
        var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == clientId && c.MergedIntoId == null);
        if (client is null || !await CanSeeAsync(user, clientId))
        {
            return Errors.NotFound("client.not-found", "Карточка клиента не найдена.");
        }

        var unknown = update.Facts.Where(f => !ClientFacts.All.ContainsKey(f)).ToList();
        if (unknown.Count > 0 || update.AccessibilityNeeds?.Trim().Length > 500)
        {
            return Errors.Validation("client.invalid", "Проверьте профиль клиента.",
                new Dictionary<string, string[]>
                {
                    [unknown.Count > 0 ? "Facts" : "AccessibilityNeeds"] =
                        [unknown.Count > 0 ? "Неизвестный признак." : "Не более 500 символов."],
                });
        }

        var before = new { client.ProfileFacts, client.AccessibilityNeeds };
        client.ProfileFacts = [.. update.Facts.Distinct()];
        client.AccessibilityNeeds = string.IsNullOrWhiteSpace(update.AccessibilityNeeds)
            ? null
            : update.AccessibilityNeeds.Trim();
        audit.Record("client.profile-updated", nameof(Client), client.Id,
            new { Before = before, After = new { client.ProfileFacts, client.AccessibilityNeeds } });
        await db.SaveChangesAsync();
        return client;
    }

    // Other records that may be the same person: the same name, e-mail or phone.
    public async Task<IReadOnlyList<Client>> DuplicatesAsync(Client client)
    {
        return await db.Clients.AsNoTracking()
            .Where(c => c.Id != client.Id && c.MergedIntoId == null
                && (c.NameKey == client.NameKey
                    || (client.Email != null && c.Email == client.Email)
                    || (client.Phone != null && c.Phone == client.Phone)))
            .OrderBy(c => c.Id).Take(20).ToListAsync();
    }

    // Moves every appeal of the duplicate to the kept record, completes the kept record's contacts and
    // profile, and leaves the duplicate as a pointer, so that links to it still lead somewhere.
    public async Task<Result<Client>> MergeAsync(ClaimsPrincipal user, int keepId, int duplicateId, string? reason)
    {
        if (!await IsRegistryAsync(user))
        {
            return Errors.Forbidden("client.forbidden",
                "Объединять карточки могут руководство и сотрудники отдела по работе с обращениями.");
        }

        var keep = await db.Clients.FirstOrDefaultAsync(c => c.Id == keepId && c.MergedIntoId == null);
        var duplicate = await db.Clients.FirstOrDefaultAsync(c => c.Id == duplicateId && c.MergedIntoId == null);
        if (keep is null || duplicate is null || keep.Id == duplicate.Id)
        {
            return Errors.Validation("client.merge-invalid", "Выберите другую действующую карточку.",
                new Dictionary<string, string[]> { ["DuplicateId"] = ["Выберите другую действующую карточку."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var moved = await db.Appeals.Where(a => a.ClientId == duplicate.Id)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.ClientId, keep.Id));
        keep.Email ??= duplicate.Email;
        keep.Phone ??= duplicate.Phone;
        keep.PostalAddress ??= duplicate.PostalAddress;
        keep.AccessibilityNeeds ??= duplicate.AccessibilityNeeds;
        keep.ProfileFacts = [.. keep.ProfileFacts.Union(duplicate.ProfileFacts)];
        duplicate.MergedIntoId = keep.Id;
        audit.Record("client.merged", nameof(Client), keep.Id,
            new { Duplicate = duplicate.Id, MovedAppeals = moved }, reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Log.Merged(logger, duplicate.Id, keep.Id, moved);
        return keep;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
            Message = "Client {Duplicate} merged into {Keep}, {Moved} appeals moved")]
        public static partial void Merged(ILogger logger, int duplicate, int keep, int moved);
    }
}
