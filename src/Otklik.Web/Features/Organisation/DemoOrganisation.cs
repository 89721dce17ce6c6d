namespace Otklik.Web.Features.Organisation;

public sealed record DemoDepartment(string Key, string Name, string ShortName, string Description, string Room, string Phone);

public sealed record DemoEmployee(
    string? DepartmentKey, string LastName, string FirstName, string MiddleName, string Position, string Room,
    string Phone, string Email, string[] Competences, string? Login, string[] Roles, bool IsHead = false);

// The demo ministry: realistic departments and staff for trying Otklik out; never seeded in production.
public static class DemoOrganisation
{
    public const string Password = "Otklik-2026!";

    public static readonly DemoDepartment[] Departments =
    [
        new("appeals", "Отдел по работе с обращениями граждан", "ООГ",
            "Регистрирует обращения и сообщения, контролирует сроки ответов, ведёт горячую линию министерства.", "101", "(8652) 71-34-78"),
        new("rehab", "Отдел реабилитации и социальной интеграции инвалидов", "ОРИ",
            "Реабилитация инвалидов, доступная среда, технические средства реабилитации. В кабинете 512 хранится индукционная система для слабослышащих.", "512", "(8652) 71-35-12"),
        new("family", "Отдел социальной поддержки семьи и детей", "ОСПС",
            "Пособия и выплаты семьям с детьми, многодетным семьям, материнский (семейный) капитал Ставропольского края.", "305", "(8652) 71-33-05"),
        new("benefits", "Отдел мер социальной поддержки отдельных категорий граждан", "ОМСП",
            "Меры социальной поддержки ветеранов, пенсионеров, реабилитированных лиц, компенсации на оплату ЖКУ.", "310", "(8652) 71-33-10"),
        new("labour", "Отдел трудовых отношений и охраны труда", "ОТО",
            "Трудовые отношения, охрана труда, уведомительная регистрация коллективных договоров.", "402", "(8652) 71-34-02"),
        new("control", "Отдел государственного контроля (надзора)", "ОГК",
            "Контроль в сфере социального обслуживания: проверки, предписания, обжалование решений.", "408", "(8652) 71-34-08"),
        new("hr", "Отдел кадров и государственной службы", "ОК",
            "Кадровая работа, должностные регламенты, графики отпусков, обучение сотрудников.", "203", "(8652) 71-32-03"),
        new("it", "Отдел информационных технологий", "ОИТ",
            "Информационные системы министерства, рабочие места, связь, защита информации.", "115", "(8652) 71-31-15"),
        new("accounting", "Отдел бухгалтерского учёта и отчётности", "ОБУ",
            "Бухгалтерский учёт, заработная плата, бюджетная отчётность.", "210", "(8652) 71-32-10"),
        new("facilities", "Административно-хозяйственный отдел", "АХО",
            "Здание, транспорт, хозяйственное обеспечение, пропускной режим.", "020", "(8652) 71-30-20"),
    ];

    public static readonly DemoEmployee[] Employees =
    [
        new(null, "Орлова", "Наталья", "Викторовна", "Министр труда и социальной защиты населения Ставропольского края",
            "601", "(8652) 71-36-01", "orlova@minsoc26.ru", [], "minister", [StaffRoles.Leadership]),
        new(null, "Зубков", "Андрей", "Петрович", "Первый заместитель министра",
            "602", "(8652) 71-36-02", "zubkov@minsoc26.ru", [], "deputy1", [StaffRoles.Leadership]),
        new(null, "Ларина", "Елена", "Сергеевна", "Заместитель министра",
            "603", "(8652) 71-36-03", "larina@minsoc26.ru", [], "deputy2", [StaffRoles.Leadership]),
        new(null, "Гаврилов", "Олег", "Николаевич", "Заместитель министра",
            "604", "(8652) 71-36-04", "gavrilov@minsoc26.ru", [], null, [StaffRoles.Leadership]),

        new("appeals", "Кузнецова", "Ирина", "Александровна", "Начальник отдела",
            "101", "(8652) 71-31-01", "kuznetsova@minsoc26.ru", ["работа с обращениями", "сроки рассмотрения обращений"],
            "head-appeals", [StaffRoles.DepartmentHead, StaffRoles.Executor], IsHead: true),
        new("appeals", "Миронов", "Сергей", "Владимирович", "Консультант",
            "102", "(8652) 71-31-02", "mironov@minsoc26.ru", ["статус обращения", "порядок подачи обращения"],
            "executor-appeals", [StaffRoles.Executor]),
        new("appeals", "Белова", "Татьяна", "Игоревна", "Оператор горячей линии",
            "104", "8-800-70-70-126", "belova@minsoc26.ru", ["режим работы и адрес министерства"],
            "operator1", [StaffRoles.Operator]),
        new("appeals", "Ткаченко", "Дмитрий", "Юрьевич", "Оператор горячей линии",
            "104", "8-800-70-70-126", "tkachenko@minsoc26.ru", ["режим работы и адрес министерства"],
            "operator2", [StaffRoles.Operator]),

        new("rehab", "Соколова", "Марина", "Геннадьевна", "Начальник отдела",
            "512", "(8652) 71-35-12", "sokolova@minsoc26.ru", ["реабилитация инвалидов", "доступная среда"],
            "head-rehab", [StaffRoles.DepartmentHead, StaffRoles.Executor], IsHead: true),
        new("rehab", "Павлов", "Игорь", "Анатольевич", "Главный специалист",
            "513", "(8652) 71-35-13", "pavlov@minsoc26.ru", ["технические средства реабилитации", "компенсация за ТСР"],
            "executor-rehab", [StaffRoles.Executor]),
        new("rehab", "Егорова", "Светлана", "Михайловна", "Ведущий специалист",
            "513", "(8652) 71-35-14", "egorova@minsoc26.ru", ["индивидуальная программа реабилитации"], null, [StaffRoles.Executor]),

        new("family", "Волков", "Алексей", "Иванович", "Начальник отдела",
            "305", "(8652) 71-33-05", "volkov@minsoc26.ru", ["многодетные семьи", "краевой материнский капитал"],
            "head-family", [StaffRoles.DepartmentHead, StaffRoles.Executor], IsHead: true),
        new("family", "Никитина", "Ольга", "Павловна", "Консультант",
            "306", "(8652) 71-33-06", "nikitina@minsoc26.ru", ["ежемесячная выплата на ребёнка", "пособия семьям с детьми"],
            "executor-family", [StaffRoles.Executor]),
        new("family", "Романова", "Анна", "Дмитриевна", "Главный специалист",
            "306", "(8652) 71-33-07", "romanova@minsoc26.ru", ["многодетные семьи"], null, [StaffRoles.Executor]),

        new("benefits", "Федоров", "Виктор", "Степанович", "Начальник отдела",
            "310", "(8652) 71-33-10", "fedorov@minsoc26.ru", ["ветераны труда", "компенсация расходов на ЖКУ"],
            null, [StaffRoles.DepartmentHead], IsHead: true),
        new("benefits", "Григорьева", "Людмила", "Васильевна", "Консультант",
            "311", "(8652) 71-33-11", "grigorieva@minsoc26.ru", ["ежемесячная денежная выплата", "ветераны труда"],
            null, [StaffRoles.Executor]),

        new("labour", "Морозов", "Павел", "Евгеньевич", "Начальник отдела",
            "402", "(8652) 71-34-02", "morozov@minsoc26.ru", ["охрана труда", "коллективные договоры"],
            null, [StaffRoles.DepartmentHead], IsHead: true),
        new("labour", "Смирнова", "Юлия", "Олеговна", "Главный специалист",
            "403", "(8652) 71-34-03", "smirnova@minsoc26.ru", ["трудовые отношения", "специальная оценка условий труда"],
            null, [StaffRoles.Executor]),

        new("control", "Козлов", "Роман", "Валерьевич", "Начальник отдела",
            "408", "(8652) 71-34-08", "kozlov@minsoc26.ru", ["проверки организаций социального обслуживания", "обжалование решений"],
            null, [StaffRoles.DepartmentHead], IsHead: true),
        new("control", "Лебедева", "Ксения", "Андреевна", "Консультант",
            "409", "(8652) 71-34-09", "lebedeva@minsoc26.ru", ["план проверок"], null, [StaffRoles.Executor]),

        new("hr", "Андреева", "Галина", "Борисовна", "Начальник отдела",
            "203", "(8652) 71-32-03", "andreeva@minsoc26.ru", ["государственная служба", "графики отпусков"],
            null, [StaffRoles.DepartmentHead], IsHead: true),
        new("hr", "Попова", "Вера", "Николаевна", "Главный специалист",
            "204", "(8652) 71-32-04", "popova@minsoc26.ru", ["обучение сотрудников", "должностные регламенты"],
            null, [StaffRoles.Executor]),

        new("it", "Семенов", "Артём", "Олегович", "Начальник отдела",
            "115", "(8652) 71-31-15", "semenov@minsoc26.ru", ["информационные системы"],
            "admin", [StaffRoles.Administrator, StaffRoles.DepartmentHead], IsHead: true),
        new("it", "Захаров", "Никита", "Сергеевич", "Ведущий специалист",
            "116", "(8652) 71-31-16", "zakharov@minsoc26.ru", ["рабочие места", "электронная подпись"],
            null, [StaffRoles.Executor]),

        new("accounting", "Васильева", "Лариса", "Петровна", "Начальник отдела — главный бухгалтер",
            "210", "(8652) 71-32-10", "vasilieva@minsoc26.ru", ["заработная плата", "командировки"],
            null, [StaffRoles.DepartmentHead], IsHead: true),
        new("accounting", "Яковлева", "Дарья", "Алексеевна", "Консультант",
            "211", "(8652) 71-32-11", "yakovleva@minsoc26.ru", ["авансовые отчёты"], null, [StaffRoles.Executor]),

        new("facilities", "Степанов", "Геннадий", "Иванович", "Начальник отдела",
            "020", "(8652) 71-30-20", "stepanov@minsoc26.ru", ["пропускной режим", "служебный транспорт"],
            null, [StaffRoles.DepartmentHead], IsHead: true),
        new("facilities", "Макарова", "Нина", "Фёдоровна", "Специалист",
            "021", "(8652) 71-30-21", "makarova@minsoc26.ru", ["хозяйственное обеспечение"], null, [StaffRoles.Executor]),
    ];
}
