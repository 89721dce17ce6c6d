using System.Security.Claims;
using Otklik.Web.Features.Organisation;

namespace Otklik.Web.Features.Shared;

public sealed record NavItem(string Title, string Href, IReadOnlyList<string> Roles);

// The one place where a staff screen is added to the menu; an empty role list means every staff member.
public static class StaffNavigation
{
    private static readonly NavItem[] Items =
    [
        new("Рабочий стол", "/staff", []),
        new("Обращения", "/appeals",
            [StaffRoles.Leadership, StaffRoles.DepartmentHead, StaffRoles.Executor, StaffRoles.Operator]),
        new("Горячая линия", "/hotline",
            [StaffRoles.Operator, StaffRoles.Leadership, StaffRoles.DepartmentHead, StaffRoles.Executor]),
        new("Личный приём", "/reception/desk", []),
        new("Органы для переадресации", "/agencies", []),
        new("Клиенты", "/clients", [StaffRoles.Leadership, StaffRoles.DepartmentHead, StaffRoles.Executor]),
        new("База знаний", "/knowledge", []),
        new("Опросы", "/surveys", [StaffRoles.Leadership, StaffRoles.DepartmentHead, StaffRoles.Administrator]),
        new("Отделы", "/organisation/departments", []),
        new("Сотрудники", "/organisation/employees", []),
        new("Календарь и сроки", "/calendar", []),
        new("Проверка текста", "/text", []),
        new("Роли", "/organisation/roles", [StaffRoles.Administrator]),
        new("Интеграции", "/integrations/tokens", [StaffRoles.Administrator]),
        new("Журнал аудита", "/audit", [StaffRoles.Administrator]),
        new("Исходящая почта", "/notifications/outgoing-mail", [StaffRoles.Administrator]),
        new("Шаблоны уведомлений", "/notifications/templates", [StaffRoles.Administrator]),
        new("Звонки клиентам", "/notifications/calls", [StaffRoles.Operator, StaffRoles.Administrator]),
        new("Сроки хранения", "/retention", [StaffRoles.Administrator, StaffRoles.Leadership]),
    ];

    public static IEnumerable<NavItem> For(ClaimsPrincipal user) =>
        Items.Where(i => i.Roles.Count == 0 || i.Roles.Any(user.IsInRole));
}
