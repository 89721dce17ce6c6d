namespace Otklik.Web.Features.Organisation;

public static class StaffRoles
{
    public const string Administrator = "Administrator";
    public const string Leadership = "Leadership";
    public const string DepartmentHead = "DepartmentHead";
    public const string Executor = "Executor";
    public const string Operator = "Operator";

    public static readonly IReadOnlyList<string> All = [Administrator, Leadership, DepartmentHead, Executor, Operator];

    public static string Title(string role) => role switch
    {
        Administrator => "Администратор",
        Leadership => "Руководство министерства",
        DepartmentHead => "Начальник отдела",
        Executor => "Исполнитель",
        Operator => "Оператор горячей линии",
        _ => role,
    };

    public static string Description(string role) => role switch
    {
        Administrator => "Управляет отделами, сотрудниками, ролями, " +
            "токенами интеграций; видит журнал аудита.",
        Leadership => "Министр, первый заместитель и заместители: " +
            "видят работу всех отделов.",
        DepartmentHead => "Распределяет обращения отдела, " +
            "решает о срочности, отвечает за раздел базы знаний.",
        Executor => "Рассматривает поручённые обращения " +
            "и сообщения, готовит ответы.",
        Operator => "Принимает звонки горячей линии, консультирует, " +
            "переключает и обещает обратный звонок.",
        _ => string.Empty,
    };
}
