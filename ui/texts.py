"""Every piece of UI text in English and Chinese, and the one way to pick a language.

``t(key, lang)`` reads the table below; ``label(obj, lang)`` and ``field_text(obj, field,
lang)`` read the bilingual fields of the model's declarations (parameters, KPIs, loops,
scenarios: ``label_en``/``label_zh``, ``title_*``, ``question_*``, ``help_*``); ``pick`` an
``(English, Chinese)`` pair.  Input errors (``model.errors.InputError``) are worded by
``error_text``, link-reading issues (``ui.urlstate.Issue``) by ``issue_text``, both by code.
Pure: no Streamlit import.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from types import MappingProxyType
from typing import Literal, Protocol

from model.reference import unit_text

from .urlstate import Issue

LANGS = ("en", "zh")
Lang = Literal["en", "zh"]

TEXT: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "app_title": ("Flywheel Explorer", "电商飞轮模拟器"),
        # separators: between a name and what follows, between list items, between messages
        "sep": (": ", "："),
        "list_sep": (", ", "、"),
        "item_sep": ("; ", "；"),
        "ignored_tail": ("; ignored", "，已忽略"),
        "is_reference": ("{name} (reference)", "{name}（参照）"),
        "tagline": (
            "Move the levers and watch the platform, merchant and consumer flywheels respond against the baseline.",
            "拖动政策杠杆，观察平台、商家与消费者三个飞轮相对基准情景的变化。",
        ),
        "preset": ("Scenario preset", "预设情景"),
        "question": ("The question", "要回答的问题"),
        "levers": ("Policy levers", "政策杠杆"),
        "compiling": (
            "Uncertainty bands and odds follow in a moment: this server has just started and is compiling the model.",
            "不确定性区间和概率稍后显示：服务器刚启动，正在编译模型。",
        ),
        "compiling_help": (
            "The first visitor of a new server sees the page at once; the model's compiled kernel (numba) is built in the"
            " background, usually within half a minute, and the page then adds the bands by itself.",
            "新启动的服务器会先显示页面；模型的编译版本在后台生成，通常半分钟内完成，之后页面会自动补上不确定性区间和概率。",
        ),
        "copy_link": ("Copy link", "复制链接"),
        "copied": ("Copied", "已复制"),
        "copy_failed": (
            "The browser did not allow copying: select the link above and copy it",
            "浏览器不允许复制：请选中上方链接后复制",
        ),
        "live_left": ("Left chart", "左侧图表"),
        "live_right": ("Right chart", "右侧图表"),
        "live_unchanged": ("no change", "无变化"),
        "live_vs": ("vs reference", "对比参照"),
        "live_at": ("months, to", "个月，截至"),
        "live_bands": ("Uncertainty band: p10–p90 of the draws", "不确定性区间：抽样的第10至第90百分位"),
        "live_summary_none": (
            "As the preset sets it. Move a lever: what it changes against the preset shows here.",
            "与预设一致。拖动任一杠杆，这里会列出它相对预设带来的变化。",
        ),
        "live_summary_did": (
            "{actions} → by {date}: {outcomes} (against the preset)",
            "{actions} → 至{date}：{outcomes}（与预设相比）",
        ),
        "live_legend_current": ("Current scenario", "当前情景"),
        "live_legend_reference": ("Reference", "参照"),
        "live_legend_band": ("p10–p90 band", "p10–p90区间"),
        "refused": (
            "The page sent values that are not allowed; they were not used:",
            "页面发来的取值不在允许范围内，未被采用：",
        ),
        "live_panel": ("The levers panel", "杠杆面板"),
        "subsidy_design": ("More levers: ad load, marketing, subsidy design", "更多杠杆：广告位、营销、扶持设计"),
        "rivals": ("Rivals' levers and reactions", "竞争平台的杠杆与反应"),
        "rivals_help": (
            "The Taobao/Tmall-like incumbent and the Douyin-like content platform: set their levers directly, or how"
            " they react to ours (match a share of our fee cut after a delay, answer our subsidy, respond to share loss).",
            "淘宝天猫型平台与抖音型内容平台：可直接设定它们的杠杆，或设定它们如何回应本平台"
            "（延迟后跟进本平台降费的一部分、回应本平台的扶持、应对份额流失）。",
        ),
        "n_changed": ("{n} changed", "{n}项已改"),
        "subsidy_split": ("Subsidy split (weights)", "扶持资金分配（权重）"),
        "advanced": ("Advanced: uncertain assumptions", "高级：不确定假设"),
        "advanced_help": (
            "Assumptions the model is least sure of. Changing one acts from month 0 on the preset's calibrated state.",
            "模型最不确定的假设。修改后从第0个月起作用于预设情景的校准状态。",
        ),
        "reset_preset": ("Reset to preset", "恢复预设值"),
        "reset_all": ("Reset all", "全部重置"),
        "horizon": ("Horizon (months)", "时间范围（月）"),
        "horizon_help": (
            "Months simulated; the KPI cards show the last month (flows: the 12 months up to it).",
            "模拟的月数；指标卡显示最后一个月的值（流量类指标为截至该月的12个月合计）。",
        ),
        "view": ("View", "视图"),
        "view_charts": ("Charts", "图表"),
        "view_table": ("Data table", "数据表"),
        "kpis_at": ("At month {h} ({date}) vs {ref}", "第{h}个月（{date}）相对于{ref}"),
        "scheduled_note": (
            "Scheduled: {value} from month {at}{ramp}; this slider sets the months before",
            "已安排：自第{at}个月起为 {value}{ramp}；此滑块只决定此前各月",
        ),
        "ramp_part": (" (over {n} months)", "（{n}个月内过渡）"),
        "budget_binds": (
            "Budget cap binds: the {budget} bn RMB budget runs out at month {m}, {early} months before the"
            " programme's planned end; a higher rate stops it sooner",
            "预算上限生效：{budget} 亿元的预算在第{m}个月用完，比计划结束早{early}个月；力度越高，停得越早",
        ),
        "flips_h": ("What would flip it", "什么会让结论反转"),
        "flips_help": (
            "Each uncertain assumption moved alone across its plausible range (the others as set, the reference"
            " state recalibrated): where an effect above changes sign. Nearest to today's values first.",
            "每个不确定假设在其合理范围内单独变动（其他保持当前设置，参照状态重新校准）：上面哪个效果会在何处改变符号。离当前取值最近的排在前面。",
        ),
        "flip_line": (
            "{effect}: {turns} if {param} is {side} {value} (range {low}–{high}, now {now})",
            "{effect}：若{param}{side} {value}（范围 {low}–{high}，当前 {now}），则{turns}",
        ),
        "turns_positive": ("turns positive", "转为正"),
        "turns_negative": ("turns negative", "转为负"),
        "above": ("above", "高于"),
        "below": ("below", "低于"),
        "no_flips": (
            "What would flip it: no single uncertain assumption within its range changes the sign of these effects.",
            "什么会让结论反转：在各自范围内，单个不确定假设都不会改变这些效果的符号。",
        ),
        "more_items": ("… and {n} more", "……另有 {n} 项"),
        "odds": ("{range} · >0: {share} %", "{range} · {share}%为正"),
        "answer_help_odds": (
            "Each number is this scenario minus its counterfactual, “{cf}” (the same start and settings without"
            " the policy the question is about). Below it: the effect's p10 … p90 over 200 paired draws of the"
            " uncertain assumptions (each draw runs both scenarios, from the reference state recalibrated for that"
            " draw) and the share of draws in which the effect is positive.",
            "每个数字都是本情景减去其对照情景“{cf}”（相同起点与设置，但不含该问题所问的政策）。下方为在200次成对抽样"
            "（每次抽样同时运行两个情景，参照状态按该次抽样重新校准）中该效果的 p10 … p90，以及效果为正的抽样占比。",
        ),
        "answer_h": ("The answer at month {h}: against “{cf}”", "答案（第{h}个月）：与“{cf}”相比"),
        "answer_help": (
            "Each number is this scenario minus its counterfactual, “{cf}” (the same start and settings without"
            " the policy the question is about); below it, the change in per cent of the counterfactual.",
            "每个数字都是本情景减去其对照情景“{cf}”（相同起点与设置，但不含该问题所问的政策）；下方为相对对照情景的变化百分比。",
        ),
        "view_analysis": ("Analysis", "敏感性分析"),
        "view_loops": ("Loops", "因果回路"),
        "view_reference": ("Model", "模型说明"),
        "view_calibration": ("Calibration", "校准"),
        "loops_help": (
            "The feedback loops of the three flywheels and the rivals; ◆ names the policy levers acting on each. Each "
            "loop is marked stronger ▲ or weaker ▼ by how active it is over months 0–{h} compared with {ref}.",
            "三个飞轮与竞争平台的反馈回路；◆ 后为作用于该回路的政策杠杆。每个回路按第0–{h}个月的活跃程度与{ref}相比，"
            "标为增强 ▲ 或减弱 ▼。",
        ),
        "loops_full": ("The full diagram: every variable and link", "完整因果图：全部变量与因果链"),
        "loops_table": ("The loops as text (the diagram's text alternative).", "回路列表（图的文字版）。"),
        "loop": ("Loop", "回路"),
        "loop_change": ("This scenario vs the reference", "本情景相对参照"),
        "calibration_help": (
            "The model against published facts (data/facts.csv): each row runs the preset named, compares the quantity "
            "with the fact and passes when the relative error is within the tolerance.",
            "模型与公开数据对比（data/facts.csv）：每行运行所列预设情景，将对应数值与事实比较，相对误差在容差内即为通过。",
        ),
        "cal_preset": ("Preset", "预设情景"),
        "cal_metric": ("Quantity", "指标"),
        "cal_model": ("Model", "模型"),
        "cal_fact": ("Fact", "事实"),
        "cal_unit": ("Unit", "单位"),
        "cal_error": ("Error %", "误差 %"),
        "cal_tolerance": ("Tolerance ± %", "容差 ± %"),
        "cal_result": ("Result", "结果"),
        "cal_pass": ("pass", "通过"),
        "cal_fail": ("fail", "未通过"),
        "cal_source": ("Source", "来源"),
        "cal_fit_title": ("The fit: estimated parameters", "拟合：估计的参数"),
        "cal_fit_help": (
            "The calibrated history (January 2018 on) is fitted to the facts by weighted least squares "
            "(`python -m model calibrate`, data/calibration.toml); ± is one standard error from the fit's Jacobian. "
            "An estimate held on a bound of its range has none: the facts push it past the range. "
            "A shared estimate is the model's own in every run, its Monte Carlo distribution the fit's; "
            "the others describe the history only.",
            "校准历史（2018年1月起）用加权最小二乘法拟合事实（`python -m model calibrate`，data/calibration.toml）；"
            "± 为由拟合雅可比矩阵得到的一个标准误。停在取值范围边界上的估计没有标准误：事实把它推向范围之外。"
            "“通用”的估计在每次运行中都是模型自身的取值，其蒙特卡洛分布即拟合所得；其余只描述历史。",
        ),
        "cal_held": ("held on its bound", "停在边界"),
        "cal_shared": ("Used by", "用于"),
        "cal_shared_yes": ("every run", "所有运行"),
        "cal_shared_no": ("the history", "仅历史"),
        "cal_estimate": ("Parameter", "参数"),
        "cal_value": ("Estimate", "估计值"),
        "cal_se": ("± standard error", "± 标准误"),
        "cal_range": ("Range", "取值范围"),
        "cal_why": ("Identified by", "由何识别"),
        "cal_residual_title": ("Residuals of the fit", "拟合残差"),
        "cal_residual_help": (
            "Each fact's residual ln(model / fact) / σ; σ from the fact's confidence (high 5 %, medium 15 %, low 40 %).",
            "每条事实的残差 ln(模型/事实) / σ；σ 取决于事实的可信度（高 5%，中 15%，低 40%）。",
        ),
        "cal_sigma": ("σ", "误差尺度 σ"),
        "cal_weighted": ("Weighted residual", "加权残差"),
        "cal_end_title": (
            "January 2025: the history's end beside the 2025 presets' start",
            "2025年1月：历史终点与2025年预设情景的起点",
        ),
        "cal_end_help": (
            "Every 2025 preset starts where the history ends: its January 2025 (data/calibration.toml) is the"
            " starting state of every 2025 run, so the two columns agree.",
            "每个2025年预设情景都从历史的终点出发：历史的2025年1月状态（data/calibration.toml）就是所有2025年模拟的起始状态，因此两列一致。",
        ),
        "cal_history_end": ("History, January 2025", "历史，2025年1月"),
        "cal_baseline_start": ("2025 presets, month 0", "2025年预设情景，第0个月"),
        "month": ("Month", "月份"),
        "bands": ("Uncertainty bands", "不确定性区间"),
        "bands_help": (
            "Shade p10–p90 (and draw p50) of the current scenario over {n} draws of the uncertain assumptions "
            "(fixed seed: the same link gives the same bands).",
            "对不确定假设抽样{n}次，为当前情景绘制p10–p90区间及中位数p50（固定随机种子：同一链接得到相同区间）。",
        ),
        "phasing": ("Time-phased policy", "分阶段政策"),
        "phasing_help": (
            "Move a lever to a new value from a given month, at once or over a ramp. Shaded on the charts.",
            "让某个杠杆从指定月份起改为新取值，可一次到位，也可逐步过渡。图中以阴影标出这段时间。",
        ),
        "phase_lever": ("Change {lever} over time", "分阶段调整：{lever}"),
        "phase_to": ("New value", "新取值"),
        "phase_at": ("From month", "起始月份"),
        "phase_ramp": ("Ramp, months (0 = at once)", "过渡月数（0 = 一次到位）"),
        "phase_ramp_help": ("Linear ramp from the lever's value at the start month.", "从起始月份时的取值线性过渡。"),
        "compare": ("Compare scenarios", "情景对比"),
        "undo": ("Undo", "撤销"),
        "redo": ("Redo", "重做"),
        "replay": ("Replay last change", "回放上一次调整"),
        "replay_wait": (
            "The replay runs at most every {every:g} seconds: try again in {s} s.",
            "回放每 {every:g} 秒最多一次：请 {s} 秒后再试。",
        ),
        "replay_help": (
            "Animate the charts from the previous setting to the current one, so the room can watch them respond.",
            "把图表从上一次的设置动画过渡到当前设置，方便大家观察各指标如何响应。",
        ),
        "meeting": ("Meeting mode", "会议模式"),
        "meeting_help": (
            "For a projector: the three main levers, four headline numbers and two large charts on one screen, "
            "in large type. In the link as meet=1.",
            "投影用布局：三个主要杠杆、四个关键指标和两张大图放大显示在一屏之内。链接中记为 meet=1。",
        ),
        "pin_name": ("Name for the current settings", "为当前设置命名"),
        "pin_placeholder": ("e.g. Fee cut + fair traffic", "例如：降佣+公平流量"),
        "pin": ("Pin", "加入对比"),
        "pin_full": ("Four scenarios are pinned: remove one to pin another.", "对比中已有四个情景：请先移除一个。"),
        "unpin": ("Remove", "移除"),
        "reference_pick": ("Reference for deltas and dashed lines", "差值与虚线的参照"),
        "reference_help": (
            "KPI deltas and the dashed ghost lines compare against this scenario.",
            "指标卡的差值和图中虚线均相对于该情景。",
        ),
        "compare_months": ("KPIs at months", "对比月份"),
        "an_kpi": ("KPI", "指标"),
        "an_effect": ("Effect", "效果"),
        "effect_tornado": ("What moves the answer: the effect against “{cf}”", "什么会改变答案：与“{cf}”相比的效果"),
        "effect_tornado_help": (
            "The effect at month {h} with each uncertain assumption alone at its low and high value (the others as"
            " set, the reference state recalibrated); the black rule is the effect as set, the dashed rule 0: a bar"
            " that crosses it flips the answer.",
            "第{h}个月的效果：每个不确定假设单独取低值和高值（其余保持当前设置，参照状态重新校准）；黑线为当前设置下的效果，"
            "虚线为0：跨过虚线的条形意味着结论会反转。",
        ),
        "effect_tornado_alt": (
            "Tornado chart of {effect}: {n} assumptions can flip its sign within their range.",
            "{effect}的龙卷风图：有{n}个假设在其范围内可使其符号反转。",
        ),
        "tornado": ("Which assumption matters most", "哪个假设影响最大"),
        "tornado_help": (
            "The KPI at month {h} with each uncertain assumption at its low and high value (the others as set); "
            "the black rule is the current scenario.",
            "第{h}个月的指标：每个不确定假设分别取低值和高值（其余保持当前设置）；黑线为当前情景。",
        ),
        "assumption": ("Assumption", "假设"),
        "tornado_alt": (
            "Tornado chart of {kpi}: {name} matters most, moving it from {lo} to {hi}.",
            "{kpi}的龙卷风图：影响最大的是{name}，使其在{lo}到{hi}之间变动。",
        ),
        "map_alt": (
            "Heatmap of {kpi} over {x} and {y}; best at {bx}, {by}.",
            "{kpi}随{x}与{y}变化的热力图；最佳点位于{bx}，{by}。",
        ),
        "tested_range": ("Low–high tested", "测试区间"),
        "at_low": ("At its low value", "取低值时"),
        "at_high": ("At its high value", "取高值时"),
        "policy_map": ("Policy map", "政策地图"),
        "map_x": ("Across", "横轴杠杆"),
        "map_y": ("Up", "纵轴杠杆"),
        "map_same": ("Choose two different levers.", "请选择两个不同的杠杆。"),
        "map_help": (
            "{kpi} at month {h} over a 25 × 21 grid (the other settings as set). Ring: the current setting. "
            "Best cell: {bx}, {by} → {best}. Click a cell to move the two levers there.",
            "在25×21网格上计算第{h}个月的{kpi}（其余设置保持不变）。圆圈为当前设置。最佳格：{bx}，{by} → {best}。"
            "点击任一格即可把两个杠杆移到该处。",
        ),
        "baseline": ("Baseline", "基准"),
        "current": ("Current scenario", "当前情景"),
        "changed": ("Changed from the preset", "相对预设的改动"),
        "changed_schedule": ("{name} (time-phased)", "{name}（分阶段）"),
        "no_changes": ("No changes from the preset: move a lever.", "与预设相同：拖动杠杆试试。"),
        "share": ("Share this scenario", "分享此情景"),
        "share_help": (
            "The address bar always holds the full scenario. Copy link, or select the link below:",
            "地址栏始终保存完整情景。点“复制链接”，或选中下面的链接复制：",
        ),
        "downloads": ("Downloads", "下载"),
        "dl_csv": ("Scenario CSV", "情景CSV"),
        "dl_csv_both": ("Scenario + baseline + pinned CSV", "情景+基准+对比情景CSV"),
        "dl_kpis": ("KPI table (CSV)", "指标表（CSV）"),
        "dl_toml": ("Scenario file (TOML)", "情景文件（TOML）"),
        "upload": ("Open a scenario file", "打开情景文件"),
        "upload_help": ("A .toml file saved from this app or written by hand.", "本应用保存的或手写的 .toml 文件。"),
        "upload_ok": ("Loaded scenario file {name}.", "已载入情景文件 {name}。"),
        "upload_bad": ("Could not use {name}: {reason}. Nothing was changed.", "无法使用 {name}：{reason}。未做任何改动。"),
        "upload_state": (
            "{name}: its reference state differs from the preset in {fields}; applied as changes from month 0.",
            "{name}：其参考状态与预设在 {fields} 上不同，已作为从第0个月起的改动应用。",
        ),
        "upload_schedules": (
            "{name}: {n} lever schedule(s) applied (see “Time-phased policy”).",
            "{name}：已应用 {n} 项杠杆时间安排（见“分阶段政策”）。",
        ),
        "url_issues": ("Some settings in the link were not used:", "链接中的部分设置未被采用："),
        "footer": (
            "Model {version} · start {start} · Euler dt = {dt} month · Outside the model: {outside}.",
            "模型版本 {version} · 起始 {start} · 欧拉法步长 {dt} 个月 · 模型之外：{outside}。",
        ),
        "table_caption": ("The numbers behind the charts (monthly).", "图表背后的数据（按月）。"),
        "table_date": ("Date", "日期"),
        "chart_alt": (
            "{title}: current scenario vs baseline, {start} to {end}.",
            "{title}：当前情景与基准对比，{start} 至 {end}。",
        ),
        # chart titles
        "ch_gmv": ("GMV", "GMV（成交总额）"),
        "ch_share": ("Share of the three platforms' GMV", "三家平台GMV份额"),
        "ch_gmv_tier": ("GMV by buyer tier", "按买家城市层级的GMV"),
        "ch_gmv_type": ("GMV by merchant type", "按商家类型的GMV"),
        "ch_buyers": ("Active buyers", "活跃买家"),
        "ch_merchants": ("Merchants by type", "各类商家数"),
        "ch_multihoming": ("Small merchants on each platform (multi-homing)", "各平台上的中小商家（多平台经营）"),
        "ch_traffic": ("Traffic, auction and the two-way flow", "流量、竞价与双向流动"),
        "ch_revenue": ("Platform revenue: commission vs ads", "平台收入：佣金与广告"),
        "ch_profit": ("Platform profit and cumulative subsidy", "平台利润与累计扶持"),
        "ch_margins": ("Merchants' perceived margins", "商家感知利润率"),
        # series
        "s_gmv": ("GMV", "GMV"),
        "s_high": ("Higher-tier buyers", "一二线买家"),
        "s_low": ("Lower-tier buyers", "下沉市场买家"),
        "s_head": ("Head brands", "头部品牌"),
        "s_smb": ("Small merchants", "中小商家"),
        "s_smb_new": ("New small merchants", "新入驻中小商家"),
        "s_smb_est": ("Established small merchants", "成熟中小商家"),
        "s_head_traffic": ("Head-brand traffic share", "头部品牌流量占比"),
        "s_remote": ("Remote areas", "偏远地区"),
        "s_farm": ("Farm producers", "农产品商家"),
        "s_focal": ("Pinduoduo-like (us)", "拼多多型（本平台）"),
        "s_incumbent": ("Taobao/Tmall-like", "淘宝天猫型"),
        "s_content": ("Douyin-like", "抖音型"),
        "s_auctioned": ("Traffic sold by bid", "按出价分配的流量"),
        "s_two_way": ("Two-way flow (share of GMV)", "双向流动（占GMV）"),
        "s_smb_gmv": ("SMB share of GMV", "中小商家GMV占比"),
        "s_commission": ("Commission revenue", "佣金收入"),
        "s_ads": ("Ad revenue", "广告收入"),
        "s_profit": ("Profit (per month)", "利润（每月）"),
        "s_subsidy": ("Cumulative subsidy", "累计扶持"),
        "s_margin_head": ("Head brands", "头部品牌"),
        "s_margin_smb": ("Small merchants", "中小商家"),
        # axes and units
        "ax_date": ("Month", "月份"),
        "ax_bn_month": ("RMB bn per month", "亿元/月"),
        "ax_bn": ("RMB bn", "亿元"),
        "ax_m_people": ("Million people", "万人"),
        "ax_m_merchants": ("Million merchants", "万家"),
        "ax_percent": ("% ", "%"),
        "ax_margin": ("% of sales", "占销售额%"),
        "series": ("Series", "序列"),
        "scenario": ("Scenario", "情景"),
        "u_tn_per_year": ("RMB tn/yr", "万亿元/年"),
        "u_bn_per_year": ("RMB bn/yr", "亿元/年"),
        "u_bn": ("RMB bn", "亿元"),
        "u_m_people": ("M", "万人"),
        "u_m_merchants": ("M", "万家"),
        "u_percent": ("%", "%"),
        "u_pp": ("pp", "个百分点"),
        "u_rmb_per_rmb": ("RMB per RMB", "元/元"),
    }
)


# Link-reading issues (``ui.urlstate.Issue``), keyed by code: (English, Chinese).  Field names in
# braces are the issue's fields; ``error`` is a wrapped input error (worded by ``error_text``),
# a tuple is joined with the language's list separator, ``unit`` is a declared unit.
ISSUES: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "unknown_preset": ("unknown preset; using {default!r}", "未知的预设情景，改用 {default!r}"),
        "bad_horizon": (
            "horizon must be one of {allowed} months; using {default}",
            "时间范围须为 {allowed} 个月之一，改用 {default}",
        ),
        "bad_view": ("view must be one of {views}; showing {default}", "视图须为 {views} 之一，显示 {default}"),
        "other_version": (
            "this link was made with model version {link}; this is version {version}, so the numbers may differ",
            "该链接由模型版本 {link} 生成，当前版本为 {version}，数值可能不同",
        ),
        "bad_bands": ("bands must be 0 or 1; showing bands", "bands 须为 0 或 1，显示不确定性区间"),
        "bad_charts": (
            "charts must be two of {charts}, comma-separated; showing the default two",
            "charts 须为「{charts}」中的两个，以英文逗号分隔；显示默认的两张图",
        ),
        "bad_meeting": ("meet must be 0 or 1; normal layout", "meet 须为 0 或 1，使用普通布局"),
        "bad_lang": ("language must be en or zh; using English", "语言须为 en 或 zh，使用英文"),
        "value_not_a_number": (
            "not a number; using the preset value (allowed {lo:g}-{hi:g} {unit})",
            "不是数字，改用预设值（允许范围 {lo:g}-{hi:g} {unit}）",
        ),
        "value_out_of_range": (
            "outside the allowed range {lo:g}-{hi:g} {unit}; using the preset value",
            "超出允许范围 {lo:g}-{hi:g} {unit}，改用预设值",
        ),
        "value_rounded": ("more decimals than the app uses; rounded to {shown}", "小数位超过应用的精度，已取整为 {shown}"),
        "ignored": ("{error}; ignored", "{error}，已忽略"),
        "bad_pin": (
            "not a pinned scenario (expected name,preset,settings…) or unknown preset; ignored",
            "不是有效的对比情景（格式应为 名称,预设,设置…），或预设未知，已忽略",
        ),
        "bad_ref": (
            "reference must be 0 (the preset) or a pinned scenario 1-{n}; using the preset",
            "参照须为 0（预设基准）或对比情景的编号 1-{n}，改用预设基准",
        ),
        "repeated_key": ("given {n} times; the last ({used}) is used", "出现了 {n} 次，采用最后一个（{used}）"),
        "link_dropped": (
            "the link has {fields:,} fields and {chars:,} characters, more than the server reads"
            " ({max_fields:,} fields, {max_chars:,} characters): none of it was read; showing the preset",
            "链接有 {fields:,} 个字段、{chars:,} 个字符，超出服务器可读取的上限"
            "（{max_fields:,} 个字段、{max_chars:,} 个字符）：链接内容均未读取，显示预设情景",
        ),
        "bad_choice": ("must be one of {allowed}; using {default}", "须为 {allowed} 之一，改用 {default}"),
        "bad_choices": (
            "must be distinct values among {allowed}; using {default}",
            "须为 {allowed} 中互不相同的取值，改用 {default}",
        ),
        "number_refused": (
            "not a number in the allowed range {lo:g}-{hi:g} {unit}; kept {kept}",
            "不是允许范围 {lo:g}-{hi:g} {unit} 内的数字，保留 {kept}",
        ),
        "not_a_cell": ("not a cell of the map; nothing moved", "不是图中的格子，未移动"),
        "state_unknown": ("not a control of this page; not used", "不是本页面的控件，未采用"),
        "state_not_json": ("not the JSON the page sends; not used", "不是页面发送的 JSON，未采用"),
        "state_too_big": ("larger than the page ever sends; not used", "超出页面发送的大小，未采用"),
        "not_a_lever": ("not one of the panel's levers; not used", "不是面板上的杠杆，未采用"),
        "ref_without_pins": ("there are no pinned scenarios; using the preset", "没有对比情景，改用预设基准"),
        "one_schedule_per_lever": (
            "only one schedule per lever can be shown; the first is used",
            "每个杠杆只能显示一项时间安排，已采用第一项",
        ),
        "schedule_outside_panel": (
            "the app schedules a lever from month 0-{at_max} over 0-{ramp_max} months; ignored",
            "应用中的时间安排须从第 0-{at_max} 个月开始、过渡 0-{ramp_max} 个月，已忽略",
        ),
        "whole_months": ("the app uses whole months; rounded to {rounded}", "应用按整月计算，已取整为 {rounded}"),
    }
)


# Chinese wording of the model's input errors (``model.errors.InputError``), keyed by code;
# the English wording is the error's own message.  Field names in braces are the error's fields.
ERRORS_ZH: MappingProxyType[str, str] = MappingProxyType(
    {
        "unknown_name": "未知的{what}「{name}」{hint}",
        "not_a_number": "参数「{name}」须为数字，而不是 {value!r}",
        "out_of_range": "参数「{name}」= {value} 超出允许范围 [{lo:g}, {hi:g}] {unit}",
        "bad_start": "起始月份 {value!r} 须写作 YYYY-MM，介于 1990-01 与 2100-12 之间",
        "not_a_table": "[{key}] 须为“参数 = 数值”形式的表",
        "schedule_not_table": "[[schedule]] 的每一项都须为表",
        "must_be_text": "{key} 须为文本",
        "sources_not_text": "sources 须为文本列表",
        "order_not_integer": "order 须为整数",
        "history_not_bool": "“是否为校准历史”一项须为布尔值（真或假）",
        "preset_not_text": "preset 须为预设情景的名称",
        "counterfactual_not_table": "[counterfactual] 须为表",
        "counterfactual_without": "without 须为非空的参数名列表",
        "counterfactual_not_set": "「{name}」既不是本情景 [policy] 中的值，也不是其时间安排",
        "file_too_large": "文件超过 {kib} KiB",
        "bad_toml": "不是有效的 TOML 文件（{detail}）",
        "cannot_read": "无法读取情景文件 {path!r}（{reason}）",
        "not_utf8": "不是 UTF-8 编码的文本",
        "not_text": "不是文本文件（含有 NUL 字符）",
        "file_empty": "文件为空",
        "too_nested": "嵌套层级过深",
        "key_too_long": "第{line}行：键名超过{n}段（情景文件的键名只有一段）",
        "too_many_tables": "共有{n}个表（情景文件最多几十个，上限{limit}）",
        "not_in_app": "这些设置无法在应用中修改：{names}",
        "not_schedulable": "参数「{name}」不能分阶段调整；可分阶段调整的杠杆：{levers}",
        "month_out_of_range": "参数「{name}」的时间安排：{field} = {value!r} 超出允许范围 [0, {max:g}] 个月",
        "schedule_unknown_keys": "时间安排中有未知的键 {keys}；允许的键：{allowed}",
        "schedule_missing_keys": "时间安排缺少键 {keys}",
        "schedule_param_not_name": "时间安排的 param 须为参数名，而不是 {value!r}",
        "schedule_form": "时间安排 {text!r} 的格式须为 名称=数值@月份 或 名称=数值@月份+过渡月数",
        "schedule_not_a_number": "时间安排 {text!r} 中的{label} {raw!r} 不是数字",
    }
)
_WORDS_ZH = {
    "parameter": "参数",
    "key": "键",
    "scenario": "情景",
    "setting": "设置项",
    "variable": "变量",
    "KPI": "指标",
    "value": "数值",
    "month": "月份",
    "ramp": "过渡月数",
    "at_month": "起始月份",
    "ramp_months": "过渡月数",
}


def error_text(exc: Exception, lang: str = "en", *, where: bool = True) -> str:
    """An input error in ``lang``: the model's English message, or its Chinese wording by code.

    ``where=False`` drops the "file.toml: " prefix (the caller names the file itself).
    Errors without a code (not input errors) keep their message in both languages.
    """
    fields = dict(getattr(exc, "fields", {}))
    code = getattr(exc, "code", None)
    if lang != "zh" or code not in ERRORS_ZH:
        text = str(exc)
        prefix = f"{fields['where']}: " if "where" in fields else ""
        return text if where or not prefix else text.removeprefix(prefix)
    for k in ("what", "label", "field"):
        if k in fields:
            fields[k] = _WORDS_ZH.get(str(fields[k]), fields[k])
    if "unit" in fields:
        fields["unit"] = unit_label(str(fields["unit"]), "zh")
    close = fields.get("close") or []
    fields["hint"] = ("（可能是" + "或".join(f"「{c}」" for c in close) + "）") if close else ""
    text = ERRORS_ZH[str(code)].format(**fields)
    return f"{fields['where']}{t('sep', 'zh')}{text}" if where and "where" in fields else text


def issue_text(issue: Issue, lang: str = "en") -> str:
    """What a link-reading issue means, in ``lang`` (its wording in ``ISSUES``, by code)."""
    fields: dict[str, object] = {}
    for name, value in issue.fields.items():
        if isinstance(value, Exception):
            value = error_text(value, lang)
        elif isinstance(value, tuple):
            value = t("list_sep", lang).join(str(v) for v in value)
        elif name == "unit":
            value = unit_label(str(value), lang)
        fields[name] = value
    return pick(ISSUES[issue.code], lang).format(**fields)


def unit_label(unit: str, lang: str) -> str:
    """A declared unit (a parameter's ``shown_unit``, an issue's ``unit``) in ``lang``: the model's
    wording (``model.reference.unit_text``; a test checks every declared unit has a Chinese one)."""
    return unit_text(unit, lang_code(lang))


def pick(pair: tuple[str, str], lang: str) -> str:
    """The one of an ``(English, Chinese)`` pair for ``lang`` (English unless ``lang`` is "zh")."""
    en, zh = pair
    return zh if lang == "zh" else en


def lang_code(lang: str) -> Lang:
    """``lang`` as one of ``LANGS`` (the model's bilingual functions take exactly these)."""
    return "zh" if lang == "zh" else "en"


# How a reader counts: Chinese counts money in 亿 (1e8) and people and firms in 万 (1e4), not in
# billions and millions.  A unit text key of ``TEXT`` (``u_*`` for the cards, ``ax_*`` for chart
# axes) → the factor from the model's unit (RMB bn, millions) to the one its Chinese text names.
COUNTED_IN: dict[str, float] = {
    "u_bn_per_year": 10.0,
    "u_bn": 10.0,
    "u_m_people": 100.0,
    "u_m_merchants": 100.0,
    "ax_bn_month": 10.0,
    "ax_bn": 10.0,
    "ax_m_people": 100.0,
    "ax_m_merchants": 100.0,
}


# A declared unit (a parameter's display unit, a fact's unit) as Chinese counts it: (unit text,
# factor on the value).  The link keeps the display value (``ui.urlstate``) and the files the
# model's units; only what the page shows is multiplied.
SHOWN_ZH: dict[str, tuple[str, float]] = {
    "RMB bn/yr": ("亿元/年", 10.0),
    "RMB bn": ("亿元", 10.0),
    "RMB bn per month": ("亿元/月", 10.0),
    "M people": ("万人", 100.0),
    "M merchants": ("万家", 100.0),
    "M": ("万", 100.0),
}


def step_decimals(step: float) -> int:
    """The decimals a value on a grid of ``step`` is shown with (0 for steps of 1 and more)."""
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0


def shown_factor(unit: str, lang: str) -> float:
    """The factor a parameter's display value (in ``unit``) is multiplied by on screen in ``lang``."""
    return SHOWN_ZH[unit][1] if lang_code(lang) == "zh" and unit in SHOWN_ZH else 1.0


def said(shown: float, unit: str, lang: str) -> str:
    """A parameter's display value (in ``unit``) as the page writes it in ``lang``: the shortest
    exact text, multiplied by ``shown_factor`` (150 RMB bn/yr reads 1500 in 亿元/年)."""
    value = round(shown * shown_factor(unit, lang), 9)
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def shown_unit(unit: str, lang: str) -> str:
    """A parameter's display unit as the page names it in ``lang`` (亿元/年 for RMB bn/yr in Chinese)."""
    if lang_code(lang) == "zh" and unit in SHOWN_ZH:
        return SHOWN_ZH[unit][0]
    return unit_label(unit, lang)


def unit_factor(key: str, lang: str) -> float:
    """The factor a number in the unit of text key ``key`` is multiplied by in ``lang``
    (``COUNTED_IN``: 10 for RMB bn → 亿元, 100 for million → 万; 1 in English)."""
    return COUNTED_IN.get(key, 1.0) if lang_code(lang) == "zh" else 1.0


def t(key: str, lang: str = "en", **fmt: object) -> str:
    """The text for ``key`` in ``lang``, formatted with ``fmt``."""
    text = pick(TEXT[key], lang)
    return text.format(**fmt) if fmt else text


class Labelled(Protocol):
    """A declaration with a label in both languages (a parameter, KPI, loop, diagram node)."""

    @property
    def label_en(self) -> str: ...

    @property
    def label_zh(self) -> str: ...


def label(obj: Labelled, lang: str) -> str:
    """``obj``'s label in ``lang``."""
    return pick((obj.label_en, obj.label_zh), lang)


def field_text(obj: object, field: str, lang: str) -> str:
    """Any other bilingual text field of a declaration in ``lang``: ``field_text(scenario, "title", lang)``
    reads ``title_en`` or ``title_zh`` (also ``question``, a parameter's or KPI's ``help``)."""
    en, zh = getattr(obj, field + "_en"), getattr(obj, field + "_zh")
    if not (isinstance(en, str) and isinstance(zh, str)):
        raise TypeError(f"{type(obj).__name__}.{field}_en/_zh must be text")
    return pick((en, zh), lang)


# Streamlit's Markdown makes more of plain text than CommonMark escapes can stop: emoji and icon
# shortcodes (``:skull:``, ``:material/delete:``), colour directives (``:red[x]``) and autolinks
# (``www.e.vl``, ``https://…``, ``a@b.c``, recognised despite backslashes).  A word joiner (U+2060,
# invisible, no line break) after each colon and at-sign and before each dot breaks every one.
WORD_JOINER = "\u2060"
_UNLINK = str.maketrans({":": ":" + WORD_JOINER, "@": "@" + WORD_JOINER, ".": WORD_JOINER + "."})


def md_escape(text: str) -> str:
    """User text shown through Markdown, shown as typed: every Markdown/HTML control character
    escaped, and shortcodes, directives and autolinks broken (``_UNLINK``)."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()<>#+-.!|~$&" else ch for ch in text.translate(_UNLINK))


def join_list(items: Iterable[object], lang: str) -> str:
    """Items joined with the language's list separator (", " or "、")."""
    return t("list_sep", lang).join(str(x) for x in items)
