import { error } from '@sveltejs/kit';
import { FIELD_IDS, isFieldId } from '$lib/data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FIELD_IDS.map((field) => ({ field }));

export const load: PageLoad = ({ params }) => {
	if (!isFieldId(params.field)) error(404, 'No such field');
	return { field: params.field };
};
