using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Agencies;

// Another authority an appeal may be forwarded to by competence (R8).
public sealed class Agency
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    // What it handles, in the words a client would use; shown when an executor picks where to forward.
    public string? Handles { get; set; }

    public bool IsActive { get; set; } = true;

    // The addressee as the client reads it in the forwarding notice.
    public string Plain() => string.Join(", ", new[] { Name, Address, Phone is null ? null : $"тел. {Phone}" }
        .Where(p => !string.IsNullOrWhiteSpace(p)));
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.Address).HasMaxLength(500);
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.Phone).HasMaxLength(50);
        builder.Property(a => a.Handles).HasMaxLength(2000);
    }
}

public sealed record AgencyInput(
    string? Name, string? Address, string? Email, string? Phone, string? Handles, bool IsActive);

// Administrators keep the directory; every change is audited.
public sealed class AgencyDirectory(OtklikDbContext db, AuditLog audit)
{
    public async Task<Result<Agency>> SaveAsync(int? id, AgencyInput input, ClaimsPrincipal user)
    {
        if (!user.IsInRole(StaffRoles.Administrator))
        {
            return Errors.Forbidden("agency.admin_only", "Справочник органов ведут администраторы.");
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 300
            || input.Address?.Length > 500 || input.Handles?.Length > 2000 || input.Phone?.Length > 50
            || input.Email?.Length > 200)
        {
            return Errors.Validation("agency.invalid",
                "Укажите название (до 300 знаков); адрес — до 500, телефон — до 50, описание — до 2000 знаков.");
        }

        var agency = id is { } existing ? await db.Agencies.FindAsync(existing) : new Agency { Name = "" };
        if (agency is null)
        {
            return Errors.NotFound("agency.not_found", "Орган не найден.");
        }

        var name = input.Name.Trim();
        if (await db.Agencies.AnyAsync(a => a.Name == name && a.Id != agency.Id))
        {
            return Errors.Conflict("agency.exists", $"Орган «{name}» уже есть в справочнике.");
        }

        (agency.Name, agency.Address, agency.Email, agency.Phone, agency.Handles, agency.IsActive) =
            (name, Clean(input.Address), Clean(input.Email), Clean(input.Phone), Clean(input.Handles), input.IsActive);
        if (id is null)
        {
            db.Agencies.Add(agency);
        }

        await db.SaveChangesAsync();
        audit.Record(id is null ? "agency.created" : "agency.changed", nameof(Agency), agency.Id,
            new { agency.Name, agency.IsActive });
        await db.SaveChangesAsync();
        return agency;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
