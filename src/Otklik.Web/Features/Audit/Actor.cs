using System.Security.Claims;

namespace Otklik.Web.Features.Audit;

public sealed record Actor(string? Id, string Name)
{
    public static readonly Actor System = new(null, "Система");

    public static Actor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return System;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue(OtklikClaims.DisplayName) ?? user.Identity.Name ?? id ?? "?";
        return new Actor(id, name);
    }
}

public static class OtklikClaims
{
    public const string DisplayName = "otklik:display_name";
    public const string EmployeeId = "otklik:employee_id";
    public const string Scope = "otklik:scope";
    public const string TokenId = "otklik:token_id";
}
